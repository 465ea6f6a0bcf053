package io.marketpilot.app.webhook;

import java.util.List;

/**
 * A request to subscribe a receiver to events, as the API's body and the CLI's options give it.
 *
 * @param url the receiver's URL: https, or http on this machine
 * @param events the events' wire names, e.g. {@code message.sent}
 * @param secret the key of the HMAC signature, at least 16 characters, kept to sign every request
 */
public record NewSubscription(String url, List<String> events, String secret) {}
