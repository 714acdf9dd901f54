package com.serviceledger.command.notification.webhook;

import com.serviceledger.kernel.notification.NotificationKind;
import com.serviceledger.platform.web.InputRules;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The HTTP bodies of the webhook admin API. */
final class WebhookRequests {

    /** {@code *}, {@code <subsidiary>} or {@code <subsidiary>/<department>}, as a user's scope is written. */
    static final String UNIT = "\\*|[A-Za-z0-9._:-]{1,128}(/[A-Za-z0-9._:-]{1,128})?";
    static final String UNIT_MESSAGE = "must be '*', '<subsidiary>' or '<subsidiary>/<department>'";
    /** Printable ASCII without blanks: it is typed into the receiver's configuration. */
    static final String SECRET = "[\\x21-\\x7e]{16,255}";
    static final String SECRET_MESSAGE = "must be 16–255 printable ASCII characters without blanks";

    private WebhookRequests() {
    }

    /**
     * A new subscription: notifications of these kinds about cases of these units are posted to the URL.
     *
     * @param secret the HMAC key; generated (32 random bytes, base64url) when absent
     */
    @Schema(name = "NewWebhookSubscription")
    record NewSubscription(
            @Schema(example = "https://hooks.example.com/serviceledger")
            @NotBlank @Size(max = 2000) @Pattern(regexp = InputRules.SINGLE_LINE, message = InputRules.SINGLE_LINE_MESSAGE)
            String url,
            @NotEmpty @Size(max = 20) List<@NotNull NotificationKind> kinds,
            @Schema(example = "[\"demo-tangshan\"]")
            @NotEmpty @Size(max = 50) List<@NotNull @Pattern(regexp = UNIT, message = UNIT_MESSAGE) String> units,
            @Size(max = 500) @Pattern(regexp = InputRules.SINGLE_LINE, message = InputRules.SINGLE_LINE_MESSAGE)
            String description,
            @Pattern(regexp = SECRET, message = SECRET_MESSAGE) String secret) {
    }
}
