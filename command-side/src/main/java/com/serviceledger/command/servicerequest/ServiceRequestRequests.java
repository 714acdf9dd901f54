package com.serviceledger.command.servicerequest;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.servicerequest.Difficulty;
import com.serviceledger.kernel.servicerequest.ServiceCategory;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** The HTTP bodies of the service request commands; validated before any command is built. */
public final class ServiceRequestRequests {

    /** Ids of units and people: letters, digits and . _ : - (they end up in index keys and URLs). */
    static final String ID = "[A-Za-z0-9._:-]{1,64}";
    static final String ID_MESSAGE = "must be 1–64 letters, digits or . _ : -";

    private ServiceRequestRequests() {
    }

    @Schema(name = "ServiceRequestCustomer")
    public record Customer(@NotBlank @Size(max = 100) String name,
                           @Pattern(regexp = "\\+?[0-9 ()-]{5,20}", message = "must be a phone number") String phone,
                           @Email @Size(max = 254) String email) {

        @AssertTrue(message = "give a phone number or an email address")
        public boolean isReachable() {
            return (phone != null && !phone.isBlank()) || (email != null && !email.isBlank());
        }
    }

    @Schema(name = "ServiceRequestTarget")
    public record Target(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String subsidiaryId,
                         @Pattern(regexp = ID, message = ID_MESSAGE) String departmentId,
                         @Pattern(regexp = ID, message = ID_MESSAGE) String postId) {
    }

    @Schema(name = "ReceiveServiceRequest")
    public record Receive(@NotNull Channel channel, @NotNull @Valid Customer customer,
                          @NotNull ServiceCategory category, @NotBlank @Size(max = 4000) String description,
                          @NotNull @Valid Target target) {
    }

    public record RequestMaterials(@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> missingItems) {
    }

    public record Assign(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String assigneeId) {
    }

    public record Assess(@NotBlank @Size(max = 2000) String nature, @NotNull Difficulty difficulty,
                         @NotBlank @Size(max = 2000) String resources) {
    }

    public record Plan(@NotBlank @Size(max = 2000) String goal,
                       @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 500) String> steps,
                       @NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String ownerId,
                       @NotNull OffsetDateTime dueAt) {
    }

    public record Progress(@NotBlank @Size(max = 4000) String note) {
    }

    public record Delay(@NotBlank @Size(max = 2000) String reason, @NotNull OffsetDateTime newDueAt) {
    }

    public record Deliver(@NotBlank @Size(max = 4000) String summary) {
    }

    public record Reject(@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 1000) String> reasons) {
    }

    public record Satisfaction(@NotNull @Min(1) @Max(5) Integer score, @Size(max = 2000) String comment) {
    }
}
