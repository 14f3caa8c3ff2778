/**
 * Leaders' citizen-reception days (Citizen Reception Law 2013, art. 12-15; Quy định 11-QĐi/TW): a
 * schedule per leader and unit, the reception days generated from it as Tasklist work, the citizens
 * received and the petitions taken there, and the rule of how often each leader must receive.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Citizen reception")
package vn.danvan.reception;
