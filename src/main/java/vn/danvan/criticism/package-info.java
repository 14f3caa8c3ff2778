/**
 * Social criticism (phản biện xã hội) by the Fatherland Front of the draft policies, plans and
 * projects that the authorities send it: the form, the opinions of the organisations and experts,
 * the criticism document and the authority's written response (217-QĐ/TW; Law on the Vietnam
 * Fatherland Front 2015, art. 32-34; Joint Resolution 403/2017).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Social criticism")
package vn.danvan.criticism;
