package vn.danvan.criticism;

import org.springframework.stereotype.Component;
import vn.danvan.organization.Caller;
import vn.danvan.organization.UnitScope;

/**
 * Who may see and register what: a criticism is its Front committee's work, seen by whoever sees that
 * unit ({@link Caller#sees}: its officers, the Front above it, the Party committee of its area, the
 * administrators); only its own officers (or an administrator) register a draft for it and record the
 * authority's response.
 */
@Component
public class CriticismAccess {

    public boolean canView(Caller caller, Criticism criticism) {
        return caller.seesEverything() || caller.sees(criticism.unitCode());
    }

    boolean canWork(Caller caller, String unitCode) {
        return caller.administers() || caller.isIn(unitCode);
    }

    UnitScope scope(Caller caller) {
        return caller.seesEverything() ? UnitScope.all() : caller.scope();
    }
}
