/**
 * The consistency checker: the invariants that hold between the places where danvan keeps one truth
 * (the case row and its timeline, the Camunda process instances and their tasks, the deadline rows
 * and their timers, the outbox, the dashboard's read model, the links between conferences, campaigns
 * and cases), each stated in plain words and checked over everything, over what changed since a
 * moment, or over one case. It runs nightly in the application, on demand for administrators, and
 * after every integration test and fault scenario. It only reads; repairs are separate, explicit
 * actions of an administrator.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consistency")
package vn.danvan.consistency;
