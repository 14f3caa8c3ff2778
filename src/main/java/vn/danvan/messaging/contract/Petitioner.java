package vn.danvan.messaging.contract;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The citizen who filed a petition. Personal data: it never leaves danvan in an event. */
public record Petitioner(
        @NotBlank @Size(max = 200) String fullName,
        @Size(max = 30) @Pattern(regexp = "^[0-9+() .-]*$", message = "must contain only digits, spaces and + ( ) . -") String phone,
        @Size(max = 500) String address,
        @Size(max = 200) @Email String email) {

    public Petitioner(String fullName, String phone, String address) {
        this(fullName, phone, address, null);
    }

    /** Whether the citizen left a way to tell them about the case. */
    public boolean hasContact() {
        return phone != null && !phone.isBlank() || email != null && !email.isBlank();
    }
}
