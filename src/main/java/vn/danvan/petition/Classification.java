package vn.danvan.petition;

/** What the commune officer decides when classifying a petition; the inputs of the routing table. */
record Classification(String caseType, String subjectArea, String complexity, boolean remoteArea,
        boolean concernsPartyMember, boolean districtDecision, String denouncedPerson) {
}
