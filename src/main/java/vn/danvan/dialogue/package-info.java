/**
 * Dialogue conferences between Party and government leaders and the people (218-QĐ/TW), and the
 * commitments made there.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dialogue")
package vn.danvan.dialogue;
