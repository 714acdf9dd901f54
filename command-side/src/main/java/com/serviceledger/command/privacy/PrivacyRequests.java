package com.serviceledger.command.privacy;

import com.serviceledger.kernel.common.InvalidInput;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** The HTTP bodies of the privacy commands; validated before any command is built. */
public final class PrivacyRequests {

    private PrivacyRequests() {
    }

    /** Why the contact is read in clear; kept in the case's stream with who read it. */
    public record Disclosure(@NotBlank @Size(min = 3, max = 500) String purpose) {
    }

    /** Whom to erase, by exactly one of the three identifiers, and why. */
    public record Erasure(@Pattern(regexp = "[A-Za-z0-9._:-]{1,64}", message = "must be a customer id")
                          String customerId,
                          @Pattern(regexp = "\\+?[0-9 ()-]{5,20}", message = "must be a phone number") String phone,
                          @Email @Size(max = 254) String email,
                          @NotBlank @Size(min = 3, max = 500) String reason) {

        /** @throws InvalidInput naming the identifier that is missing or one too many */
        void requireOneIdentifier() {
            List<String> given = new ArrayList<>();
            if (present(customerId)) {
                given.add("customerId");
            }
            if (present(phone)) {
                given.add("phone");
            }
            if (present(email)) {
                given.add("email");
            }
            if (given.isEmpty()) {
                throw new InvalidInput("customerId", "name the customer by exactly one of customerId, phone or email");
            }
            if (given.size() > 1) {
                throw new InvalidInput(given.get(1), "name the customer by exactly one of customerId, phone or "
                        + "email, not " + String.join(" and ", given));
            }
        }

        private static boolean present(String value) {
            return value != null && !value.isBlank();
        }
    }
}
