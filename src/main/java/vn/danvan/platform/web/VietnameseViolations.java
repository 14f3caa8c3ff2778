package vn.danvan.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * Bean Validation has no Vietnamese messages: what a constraint means, worded for an officer or a
 * citizen, with the form's own label for the field.
 */
public final class VietnameseViolations {

    private VietnameseViolations() {
    }

    /** "Tóm tắt nội dung không được để trống" for a blank subject, given the form's labels. */
    public static String describe(ConstraintViolation<?> violation, Map<String, String> labels) {
        String field = violation.getPropertyPath().toString();
        return labels.getOrDefault(field, field) + " " + problem(violation);
    }

    public static String problem(ConstraintViolation<?> violation) {
        var constraint = violation.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof NotBlank || constraint instanceof NotNull) {
            return "không được để trống";
        }
        if (constraint instanceof Size size) {
            return "dài quá " + size.max() + " ký tự";
        }
        if (constraint instanceof Email) {
            return "không phải địa chỉ thư điện tử hợp lệ";
        }
        if (constraint instanceof Pattern) {
            return "không đúng định dạng";
        }
        return violation.getMessage();
    }
}
