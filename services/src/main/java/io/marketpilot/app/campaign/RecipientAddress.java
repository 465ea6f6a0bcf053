package io.marketpilot.app.campaign;

import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.domain.Customer;
import java.util.Optional;

/** Where a customer is reached on a channel, as campaigns and journeys alike address them. */
public final class RecipientAddress {
    private RecipientAddress() {}

    /** The address a customer has on a channel: the e-mail address, or the customer id for SMS and webhooks. */
    public static Optional<String> of(Customer customer, ChannelKind channel) {
        return switch (channel) {
            case EMAIL ->
                Optional.ofNullable(customer.email()).map(String::strip).filter(e -> !e.isEmpty());
            case SMS, WEBHOOK -> Optional.of(customer.id());
        };
    }
}
