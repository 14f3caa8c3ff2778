/**
 * Reports the district files: the periodic petition reports of Circular 02/2021/TT-TTCP (citizen
 * reception, petitions processed, complaints and denunciations resolved) as XLSX and PDF, and the
 * standing committee's yearly report on the resolution. It only reads what the petition and reception
 * modules recorded (their tables, as the consistency checker does) and changes nothing
 * (docs/reporting.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package vn.danvan.reporting;
