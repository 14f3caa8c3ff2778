package vn.danvan.dialogue;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Level;
import vn.danvan.petition.PetitionLinks;
import vn.danvan.platform.web.InvalidInputException;

/**
 * The petition cases linked to a conference's questions and commitments. Only open cases can be
 * linked, and a commune's conference only links its own commune's cases (so that linking does not
 * reveal another commune's cases); a district conference links any.
 */
@Component
class CaseLinks {

    private final JdbcClient jdbc;
    private final PetitionLinks petitions;

    CaseLinks(JdbcClient jdbc, PetitionLinks petitions) {
        this.jdbc = jdbc;
        this.petitions = petitions;
    }

    void link(Conference conference, String itemId, List<String> caseIds) {
        for (String caseId : caseIds) {
            var found = petitions.openCase(caseId)
                    .filter(c -> Level.parse(conference.level()) != Level.COMMUNE
                            || conference.unitCode().equals(c.originUnitCode())
                            || conference.unitCode().equals(c.currentUnitCode()));
            if (found.isEmpty()) {
                throw new InvalidInputException("caseIds", "no open case " + caseId + " of unit " + conference.unitCode());
            }
            jdbc.sql("INSERT INTO dialogue_case_link (item_id, conference_id, case_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(itemId, conference.conferenceId(), caseId).update();
        }
    }

    List<String> of(String itemId) {
        return jdbc.sql("SELECT case_id FROM dialogue_case_link WHERE item_id = ? ORDER BY case_id").param(itemId)
                .query(String.class).list();
    }

    static List<String> normalised(List<String> caseIds) {
        return caseIds == null ? List.of() : caseIds.stream().filter(id -> id != null && !id.isBlank())
                .map(id -> id.strip().toUpperCase(java.util.Locale.ROOT)).distinct().toList();
    }
}
