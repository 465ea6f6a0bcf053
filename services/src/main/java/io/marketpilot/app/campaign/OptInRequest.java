package io.marketpilot.app.campaign;

/**
 * A double opt-in asked for: the customer's consent is pending until they follow the signed link in the confirmation
 * message.
 *
 * @param delivery where the confirmation went, e.g. {@code email} or {@code outbox: not delivered}
 * @param sent whether the channel took the confirmation (a temporary failure leaves the consent pending; ask again)
 */
public record OptInRequest(String customerId, String topic, String delivery, boolean sent, String detail) {}
