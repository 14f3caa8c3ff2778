/**
 * Citizen petitions (cases): intake through REST, Kafka and Tasklist, the commune, district and
 * committee processes, the case record with its timeline, and the public status lookup.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Petition")
package vn.danvan.petition;
