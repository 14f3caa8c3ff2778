package vn.danvan.documents;

/**
 * What a unit prints as the issuing body of its documents (Decree 30/2020/ND-CP, appendix I): the
 * body above it and its own name in capitals, the abbreviation in its numbers, the place in the date
 * line, and who signs. Party bodies use the Party's header and number form instead (party = true).
 *
 * @param nameInText the name as a sentence mentions it ("Ủy ban nhân dân xã Hiệp An")
 * @param headTitle  the head of the body as a sentence names them ("Chủ tịch Ủy ban nhân dân xã Hiệp An")
 */
record Issuer(String unitCode, String parentName, String name, String nameInText, String abbreviation, String place,
        boolean party, String signerAuthority, String signerTitle, String signerName, String headTitle) {
}
