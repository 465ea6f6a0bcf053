package io.marketpilot.core.campaign;

import io.marketpilot.core.input.FieldLimits;
import java.util.Optional;

/**
 * One customer of a campaign's resolved audience: a recipient, or left out for one reason.
 *
 * @param leftOut why they receive nothing, or empty for a recipient
 */
public record AudienceMember(String customerId, Optional<LeaveOutReason> leftOut) {
    public AudienceMember {
        Check.id(customerId, "customer id", FieldLimits.ID);
        Check.present(leftOut, "leave-out reason");
    }

    public static AudienceMember recipient(String customerId) {
        return new AudienceMember(customerId, Optional.empty());
    }

    public static AudienceMember leftOut(String customerId, LeaveOutReason reason) {
        return new AudienceMember(customerId, Optional.of(reason));
    }

    public boolean isRecipient() {
        return leftOut.isEmpty();
    }
}
