package io.marketpilot.core.campaign;

import io.marketpilot.core.input.FieldLimits;
import java.time.Instant;

/** Who approved a campaign for sending, and when: the second pair of eyes. */
public record Approval(String approvedBy, Instant at) {
    public Approval {
        Check.id(approvedBy, "approved by", FieldLimits.NAME);
        Check.present(at, "approval time");
    }
}
