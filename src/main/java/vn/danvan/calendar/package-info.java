/**
 * Working days and public holidays (data per year) and the legal deadline rules (a DMN table)
 * turned into concrete due dates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package vn.danvan.calendar;
