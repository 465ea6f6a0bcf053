package io.marketpilot.core.campaign;

import io.marketpilot.core.input.FieldLimits;
import java.time.Instant;

/**
 * An address that no campaign may send to on a channel, whatever its audience or consent says.
 *
 * @param note what the operator, the mail server or the complaint said; empty when nothing was said
 */
public record Suppression(AddressHash address, ChannelKind channel, SuppressionReason reason, Instant at, String note) {
    public Suppression {
        Check.present(address, "address hash");
        Check.present(channel, "channel");
        Check.present(reason, "suppression reason");
        Check.present(at, "suppression time");
        Check.text(note, "note", FieldLimits.NOTE);
    }
}
