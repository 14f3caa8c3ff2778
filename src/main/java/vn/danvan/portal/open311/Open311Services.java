package vn.danvan.portal.open311;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.danvan.messaging.contract.PetitionSubmission.CaseType;
import vn.danvan.petition.SubjectArea;
import vn.danvan.portal.PetitionKinds;

/**
 * The Open311 services: one per kind of petition and subject area ({@code FEEDBACK.ENVIRONMENT}),
 * grouped by kind, in Vietnamese.
 */
final class Open311Services {

    private static final List<Service> ALL = build();

    private Open311Services() {
    }

    /** A service of {@code services.json}. */
    record Service(String service_code, String service_name, String description, boolean metadata, String type,
            String keywords, String group) {

        CaseType caseType() {
            return CaseType.valueOf(service_code.substring(0, service_code.indexOf('.')));
        }

        SubjectArea area() {
            return SubjectArea.valueOf(service_code.substring(service_code.indexOf('.') + 1));
        }
    }

    static List<Service> all() {
        return ALL;
    }

    static Optional<Service> find(String code) {
        return ALL.stream().filter(service -> service.service_code().equals(code)).findFirst();
    }

    static String codeOf(String caseType, String area) {
        return caseType + "." + (area == null ? SubjectArea.OTHER.name() : area);
    }

    private static List<Service> build() {
        List<Service> services = new ArrayList<>();
        for (CaseType type : CaseType.values()) {
            for (SubjectArea area : SubjectArea.values()) {
                services.add(new Service(codeOf(type.name(), area.name()),
                        PetitionKinds.NAMES.get(type) + ": " + area.label(), PetitionKinds.HINTS.get(type), false,
                        "realtime", area.name().toLowerCase(java.util.Locale.ROOT), PetitionKinds.NAMES.get(type)));
            }
        }
        return List.copyOf(services);
    }
}
