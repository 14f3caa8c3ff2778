/**
 * The Party inspection track ({@code party-inspection}): the committee's inspection commission
 * verifies and concludes on a Party member denounced in a petition or named by a supervision finding,
 * may propose a form of discipline, and the standing committee decides. The case or campaign it
 * came from keeps its record and its events: this module tells it through {@link
 * vn.danvan.inspection.InspectionOwner}, which the petition and supervision modules implement.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Party inspection")
package vn.danvan.inspection;
