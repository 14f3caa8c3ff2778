package vn.danvan.portal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.petition.CaseAttachments;
import vn.danvan.petition.CaseReceipt;
import vn.danvan.petition.CitizenFeedback;
import vn.danvan.petition.LegalBasis;
import vn.danvan.petition.PetitionIntake;
import vn.danvan.platform.web.InvalidInputException;
import vn.danvan.platform.web.VietnameseViolations;

/**
 * A petition a citizen files on the portal: checked (fields in the citizen's words, consent, the
 * files by their content), then the case and its files in one transaction through the same intake
 * as every other door, so a crash leaves either the whole case or nothing.
 */
@Service
class CitizenSubmissions {

    static final Map<String, String> LABELS = Map.of("unitCode", "Xã, thị trấn", "type", "Loại đơn",
            "subject", "Tiêu đề", "content", "Nội dung", "petitioner", "Người gửi",
            "petitioner.fullName", "Họ và tên", "petitioner.phone", "Số điện thoại",
            "petitioner.address", "Địa chỉ", "petitioner.email", "Thư điện tử", "consent", "Đồng ý xử lý dữ liệu");

    private final PetitionIntake intake;
    private final CaseAttachments attachments;
    private final Validator validator;
    private final UnitDirectory units;

    CitizenSubmissions(PetitionIntake intake, CaseAttachments attachments, Validator validator, UnitDirectory units) {
        this.intake = intake;
        this.attachments = attachments;
        this.validator = validator;
        this.units = units;
    }

    /** Every field the citizen must correct, in Vietnamese, before anything is stored. */
    void check(PortalPetition petition, List<CaseAttachments.NewAttachment> files) {
        List<Map.Entry<String, String>> errors = new ArrayList<>();
        if (petition.website() != null && !petition.website().isBlank()) {
            errors.add(Map.entry("website", "phải để trống"));
        }
        validator.validate(petition).stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach((ConstraintViolation<PortalPetition> v) -> errors.add(Map.entry(v.getPropertyPath().toString(),
                        VietnameseViolations.describe(v, LABELS))));
        if (petition.unitCode() != null && !petition.unitCode().isBlank()
                && units.find(petition.unitCode()).filter(unit -> unit.kind().receivesPetitions()).isEmpty()) {
            errors.add(Map.entry("unitCode", "Chọn một xã, thị trấn trong danh sách"));
        }
        if (petition.petitioner() != null && petition.petitioner().hasContact() && !Boolean.TRUE.equals(petition.consent())) {
            errors.add(Map.entry("consent", "Cần đồng ý cho xử lý dữ liệu cá nhân khi để lại số điện thoại hoặc thư "
                    + "điện tử, hoặc bỏ trống các thông tin liên lạc"));
        }
        if (files.size() > CaseAttachments.MAX_PER_SUBMISSION) {
            errors.add(Map.entry("attachments", "Tối đa " + CaseAttachments.MAX_PER_SUBMISSION + " tệp đính kèm"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        files.forEach(attachments::check);
    }

    /**
     * Files the petition; {@code key} (the form's idempotency key) makes a double click one case.
     *
     * @throws InvalidInputException naming the fields to correct
     */
    @Transactional
    CaseReceipt submit(PortalPetition petition, List<CaseAttachments.NewAttachment> files, String key) {
        check(petition, files);
        CaseReceipt receipt = intake.submit(petition.submission(), key, CitizenFeedback.CITIZEN, LegalBasis.Door.CITIZEN);
        for (CaseAttachments.NewAttachment file : files) {
            attachments.add(receipt.caseId(), file, "CITIZEN", CitizenFeedback.CITIZEN);
        }
        return receipt;
    }
}
