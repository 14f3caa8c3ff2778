/**
 * Levels and units as reference data (table {@code danvan.unit}, editable by an administrator),
 * one Camunda group per unit, the authorizations and Tasklist filters of those groups, and the
 * demo accounts of the local default run.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package vn.danvan.organization;
