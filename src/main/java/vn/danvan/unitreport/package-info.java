/**
 * Unit reports (process {@code unit-report}): the district's mass-mobilisation commission opens a
 * reporting period, every Front and organisation unit at district and commune level reports the figures
 * of the resolution's section II.2.2 that only it knows, and the commission accepts or returns each
 * report. The accepted figures are public to the dashboard's scorecard through {@link
 * vn.danvan.unitreport.UnitReportFigures}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Unit reports")
package vn.danvan.unitreport;
