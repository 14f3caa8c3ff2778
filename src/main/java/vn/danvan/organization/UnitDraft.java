package vn.danvan.organization;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A unit as {@code GET /api/units} shows it and as {@code POST} and {@code PUT /api/units} take it.
 *
 * @param commune    the commune or town of a commune-level unit (its government unit's code); a
 *                   commune's own government unit may leave it out
 * @param remoteArea in a remote or hard-to-reach area (longer legal deadlines)
 * @param takeover   on {@code PUT} only: the unit that takes over the open work of a unit being
 *                   deactivated
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnitDraft(String code, String name, String kind, String level, String parent, Boolean active,
        String commune, Boolean remoteArea, String takeover) {

    static UnitDraft of(Unit unit) {
        return new UnitDraft(unit.code(), unit.name(), unit.kind().name(), unit.level().name(), unit.parentCode(),
                unit.active(), unit.communeCode(), unit.remoteArea(), null);
    }
}
