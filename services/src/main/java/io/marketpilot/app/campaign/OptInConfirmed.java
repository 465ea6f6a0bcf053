package io.marketpilot.app.campaign;

/** A double opt-in confirmed through its signed link: the customer is opted in to the topic on the channel. */
public record OptInConfirmed(String customerId, String channel, String topic) {}
