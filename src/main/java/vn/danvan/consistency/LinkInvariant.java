package vn.danvan.consistency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.petition.CaseStatus;

/**
 * The links between conferences, campaigns and cases point at cases that exist, and their states
 * agree: a fulfilled commitment that settles a case leaves it resolved or closed; a question answered
 * in writing after its conference noted it on its cases' timelines, and its written answer's state
 * agrees with the question's.
 */
final class LinkInvariant implements Invariant {

    static final String ID = "links";

    /** The statuses of a case that a commitment's fulfilment may leave: resolved, or no longer open. */
    private static final List<String> SETTLED = Arrays.stream(CaseStatus.values())
            .filter(status -> status == CaseStatus.RESOLVED || !status.isOpen()).map(Enum::name).toList();

    private final JdbcClient jdbc;

    LinkInvariant(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String rule() {
        return "Every case a dialogue question or commitment, a supervision campaign, a supervision proposal or a "
                + "citizen-reception day names exists; a case settled by a fulfilled commitment is resolved or closed; "
                + "a case whose question was answered in writing after a conference says so on its timeline, and a "
                + "written answer agrees with its question (an awaited one has its process).";
    }

    @Override
    public List<Violation> check(CheckScope scope) {
        List<Violation> found = new ArrayList<>();
        String oneCase = scope.caseId() == null ? "" : " AND l.case_id = :caseId";
        jdbc.sql("""
                SELECT l.campaign_id AS subject, l.case_id FROM supervision_campaign_case l
                WHERE NOT EXISTS (SELECT 1 FROM petition_case c WHERE c.case_id = l.case_id)""" + oneCase + """

                UNION ALL
                SELECT p.unit_code || '-' || p.subject_area || '-' || p.year || '-Q' || p.quarter, l.case_id
                FROM supervision_proposal p CROSS JOIN LATERAL unnest(string_to_array(p.case_ids, ',')) AS l(case_id)
                WHERE NOT EXISTS (SELECT 1 FROM petition_case c WHERE c.case_id = l.case_id)""" + oneCase + """

                UNION ALL
                SELECT l.day_id || '#' || l.line, l.case_id FROM reception_citizen l
                WHERE l.case_id IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM petition_case c WHERE c.case_id = l.case_id)""" + oneCase)
                .params(CaseSelection.parameters(scope))
                .query((rs, n) -> new Violation(ID, rs.getString("subject"), "names case " + rs.getString("case_id")
                        + ", which does not exist"))
                .list().forEach(found::add);
        jdbc.sql("""
                SELECT l.case_id, k.commitment_id, c.status FROM dialogue_commitment k
                JOIN dialogue_case_link l ON l.item_id = k.commitment_id
                JOIN petition_case c ON c.case_id = l.case_id
                WHERE k.state = 'FULFILLED' AND c.status NOT IN (:settled)""" + oneCase)
                .params(CaseSelection.parameters(scope)).param("settled", SETTLED)
                .query((rs, n) -> new Violation(ID, rs.getString("case_id"), "commitment " + rs.getString("commitment_id")
                        + " that settles it is fulfilled, but the case is " + rs.getString("status")))
                .list().forEach(found::add);
        jdbc.sql("""
                SELECT l.case_id, q.question_id FROM dialogue_question q
                JOIN dialogue_case_link l ON l.item_id = q.question_id
                WHERE q.state = 'ANSWERED_IN_WRITING' AND NOT EXISTS (SELECT 1 FROM case_timeline t
                    WHERE t.case_id = l.case_id AND t.action = 'answered-in-writing'
                      AND t.note LIKE '%' || q.conference_id || '%')""" + oneCase)
                .params(CaseSelection.parameters(scope))
                .query((rs, n) -> new Violation(ID, rs.getString("case_id"), "question " + rs.getString("question_id")
                        + " about it was answered in writing, but its timeline does not say so"))
                .list().forEach(found::add);
        if (scope.caseId() == null) {
            // a written answer and its question agree, and one still awaited has its process
            jdbc.sql("""
                    SELECT w.question_id, w.state, q.state AS question_state FROM dialogue_written_answer w
                    JOIN dialogue_question q ON q.question_id = w.question_id
                    WHERE (w.state = 'ANSWERED') <> (q.state = 'ANSWERED_IN_WRITING')
                       OR (w.state = 'OPEN' AND q.state <> 'ANSWER_PENDING')
                       OR (w.state = 'OPEN' AND NOT EXISTS (SELECT 1 FROM act_ru_execution e
                           WHERE e.id_ = w.process_instance_id))""")
                    .query((rs, n) -> new Violation(ID, rs.getString("question_id"), "written answer "
                            + rs.getString("state") + " of a question " + rs.getString("question_state")
                            + " (an open one needs its dialogue-written-answer process)"))
                    .list().forEach(found::add);
        }
        return found;
    }
}
