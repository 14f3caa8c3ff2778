package vn.danvan.consistency;

import java.util.List;

/** One rule that must hold between two records, stated in plain words, and its check. */
interface Invariant {

    /** A short stable id: the name violations, metrics and docs use. */
    String id();

    /** The rule in plain words (docs/reliability.md lists them). */
    String rule();

    /** The violations in this scope; an empty list when the rule holds. */
    List<Violation> check(CheckScope scope);

}
