/**
 * Personal data by the law (Decree 13/2023/ND-CP, the Personal Data Protection Law): the data key
 * and how it is loaded, the field cipher (AES-GCM with a key id, so keys rotate), the keyed hash that
 * keeps name search working, and the key check that refuses a wrong key at start. Feature modules
 * store their personal fields through {@link vn.danvan.privacy.FieldCipher}; this module depends on
 * no feature module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package vn.danvan.privacy;
