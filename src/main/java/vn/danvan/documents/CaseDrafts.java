package vn.danvan.documents;

import org.springframework.stereotype.Component;
import vn.danvan.messaging.contract.CaseEventData;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.petition.PetitionCase;
import vn.danvan.petition.TimelineEntry;
import vn.danvan.platform.web.PublicLinks;

/**
 * The documents of a petition case. Facts of the moment (units, due date, outcome, type) come from the
 * triggering event, so a document rendered late still says what held at its step; texts (subject,
 * conclusion, reasons) come from the case record.
 */
@Component
class CaseDrafts {

    private final Issuers issuers;
    private final UnitDirectory units;
    private final Officers officers;
    private final PublicLinks links;

    CaseDrafts(Issuers issuers, UnitDirectory units, Officers officers, PublicLinks links) {
        this.issuers = issuers;
        this.units = units;
        this.officers = officers;
        this.links = links;
    }

    /**
     * @param step the case's timeline entry of the triggering change (its note), or null
     */
    DocumentDraft draft(DocumentKind kind, String eventId, CaseEventData event, PetitionCase c, TimelineEntry step) {
        // the unit whose step it was: a forward, a refusal or a district's result hands the case on
        String issuingUnit = event.fromUnitCode() != null ? event.fromUnitCode() : event.unitCode();
        String type = event.type() != null ? event.type() : c.caseType();
        boolean masked = "DENUNCIATION".equals(type) && !kind.forCitizen() && kind != DocumentKind.ACCEPTANCE_PROPOSAL;
        TemplateData.Person petitioner = masked ? new TemplateData.Person(PetitionCase.MASKED_PETITIONER, null, null)
                : new TemplateData.Person(c.petitionerName(), c.petitionerAddress(), c.petitionerPhone());
        String target = event.targetUnitCode() != null ? event.targetUnitCode() : event.unitCode();
        TemplateData.Petition petition = new TemplateData.Petition(c.caseId(), c.trackingCode(), type,
                Wording.caseType(type), Wording.channel(c.channel()), c.subject(), c.content(),
                Wording.dateTime(c.receivedAt()), Wording.date(c.receivedAt()), Wording.date(event.dueAt()),
                c.status().label(), petitioner, masked, c.outcomeLabel(), c.conclusion(), c.refusalReason(),
                c.forwardReason(), c.handler(), step == null ? null : step.note(), unitName(issuingUnit),
                unitName(target), unitName(c.originUnitCode()));
        Issuer issuer = issuers.of(issuingUnit);
        String statusUrl = links.statusPage(c.trackingCode());
        return new DocumentDraft(DocumentIds.of(eventId, kind), kind, SubjectType.CASE, c.caseId(), issuer,
                symbol(kind, type), title(kind, type), !masked, event.actor() == null ? "system" : event.actor(),
                officers.nameOf(event.actor()), eventId, statusUrl, null,
                new TemplateData(null, issuer, petition, null, null));
    }

    /** A complaint is decided (QĐ), a denunciation concluded (KL), a recommendation or feedback answered (TB). */
    static String symbol(DocumentKind kind, String caseType) {
        if (kind != DocumentKind.RESOLUTION) {
            return kind.symbol();
        }
        return switch (caseType == null ? "" : caseType) {
            case "COMPLAINT" -> "QĐ";
            case "DENUNCIATION" -> "KL";
            default -> "TB";
        };
    }

    static String title(DocumentKind kind, String caseType) {
        if (kind != DocumentKind.RESOLUTION) {
            return kind.title();
        }
        return switch (caseType == null ? "" : caseType) {
            case "COMPLAINT" -> "Quyết định giải quyết khiếu nại";
            case "DENUNCIATION" -> "Kết luận nội dung tố cáo";
            default -> "Thông báo kết quả giải quyết " + Wording.caseType(caseType).toLowerCase(java.util.Locale.ROOT);
        };
    }

    private String unitName(String code) {
        return code == null ? null : units.find(code).map(Unit::name).orElse(code);
    }
}
