/**
 * Official documents: the papers every step the law writes down produces (receipt, notices, transfer
 * slips, decisions, result letters; conference plans and conclusions; supervision decisions, reports
 * and recommendations). Templates as data with versions, the numbered register, rendering to PDF/A,
 * the officers' and citizens' doors and the Tasklist tab. It listens to the feature modules' events
 * and writes back only through the small ports they own (docs/documents.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package vn.danvan.documents;
