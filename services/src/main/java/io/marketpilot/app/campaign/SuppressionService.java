package io.marketpilot.app.campaign;

import io.marketpilot.core.audit.AuditLog;
import io.marketpilot.core.campaign.AddressHash;
import io.marketpilot.core.campaign.AddressHasher;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.Suppression;
import io.marketpilot.core.campaign.SuppressionReason;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.core.input.TextRules;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import java.time.Clock;
import java.util.Optional;

/**
 * The suppression list as a use case: addresses no campaign may send to, kept as hashes under the installation's
 * secret (so the list never holds an address, and an erased customer stays suppressed after a re-import).
 */
public final class SuppressionService {
    private final CampaignStores stores;
    private final AddressHasher hasher;
    private final AuditLog audit;
    private final Clock clock;

    SuppressionService(CampaignStores stores, AddressHasher hasher, AuditLog audit, Clock clock) {
        this.stores = stores;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /** The entries, newest first, optionally of one channel. */
    public Page<SuppressionLine> list(Optional<ChannelKind> channel, int offset, int limit) {
        Page<Suppression> page = stores.suppressions().list(channel, new PageRequest(offset, limit, null));
        return new Page<>(
                page.items().stream().map(SuppressionLine::of).toList(), page.total(), page.offset(), page.limit());
    }

    /** Suppresses an address by hand; an address already suppressed keeps its first reason. */
    public SuppressionCheck add(String address, ChannelKind channel, String note, String actor) {
        TextRules.requireFits("note", note, FieldLimits.NOTE);
        AddressHash hash = hasher.hash(channel, address);
        boolean added = stores.suppressions()
                .add(new Suppression(hash, channel, SuppressionReason.MANUAL, clock.instant(), note));
        // the audit log names the hash, never the address
        audit.record(actor, "suppression.add", hash.hex(), channel.wireName() + (added ? "" : " (already suppressed)"));
        return new SuppressionCheck(hash.hex(), channel.wireName(), true, added);
    }

    /** Whether an address is suppressed on a channel. */
    public SuppressionCheck contains(String address, ChannelKind channel) {
        AddressHash hash = hasher.hash(channel, address);
        return new SuppressionCheck(
                hash.hex(), channel.wireName(), stores.suppressions().contains(hash, channel), false);
    }
}
