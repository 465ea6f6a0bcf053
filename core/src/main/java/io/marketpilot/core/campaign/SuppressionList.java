package io.marketpilot.core.campaign;

import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Addresses no campaign may send to, kept as hashes; an entry is never overridden by a campaign. */
public interface SuppressionList {
    /**
     * Suppresses an address on a channel. An address already suppressed there keeps its first entry (the reason it
     * was first suppressed); returns whether this call added one.
     */
    boolean add(Suppression suppression);

    /** Whether the address is suppressed on the channel. */
    boolean contains(AddressHash address, ChannelKind channel);

    /** Which of these addresses are suppressed on the channel: one read for a whole audience. */
    Set<AddressHash> containing(Collection<AddressHash> addresses, ChannelKind channel);

    /** The entries, newest first, optionally of one channel. */
    Page<Suppression> list(Optional<ChannelKind> channel, PageRequest page);
}
