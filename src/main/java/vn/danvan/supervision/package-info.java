/**
 * Supervision campaigns of the Front and the organisations (217-QĐ/TW) and the answers to their
 * recommendations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package vn.danvan.supervision;
