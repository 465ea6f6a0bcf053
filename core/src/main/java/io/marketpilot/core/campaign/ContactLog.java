package io.marketpilot.core.campaign;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * The marketing messages each customer has received, on every channel, for frequency caps. A store may keep it as
 * its own table or read it from the send queue's sent messages.
 */
public interface ContactLog {
    /** Records a message sent; a second record of the same customer, campaign and occurrence changes nothing. */
    void record(Contact contact);

    /**
     * How many messages each of these customers received at or after {@code since}; customers with none are
     * absent.
     */
    Map<String, Integer> countsSince(Collection<String> customerIds, Instant since);
}
