/**
 * The citizen's own door: the public portal (submit a petition with attachments, follow it from the
 * receipt's tracking code, rate it, disagree with its result), its per-address abuse limits, and
 * Open311 GeoReport v2 for outside systems. It depends on the petition module's public services; no
 * feature module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package vn.danvan.portal;
