package io.marketpilot.core.campaign;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The append-only consent history. "Latest" is the record with the latest {@link Consent#at}; of records with the
 * same instant, the one recorded last.
 */
public interface ConsentStore {
    /** Appends a consent record; nothing is ever overwritten or deleted (except by erasing the customer). */
    void record(Consent consent);

    /**
     * Appends these records in their order, all or none (a consent file's import): ties at one instant go to the
     * later in the list, as if each were recorded in turn.
     */
    void recordAll(List<Consent> consents);

    /** The latest record for one customer, channel and topic, if any. */
    Optional<Consent> latest(String customerId, ChannelKind channel, String topic);

    /** Every record of one customer, every channel and topic, newest first. */
    List<Consent> history(String customerId);

    /**
     * The latest record per (customer, topic) on {@code channel} for each of these customers that has any, in no
     * particular order; customers without records are absent. For resolving a campaign's audience in one read.
     */
    List<Consent> latestFor(Collection<String> customerIds, ChannelKind channel);
}
