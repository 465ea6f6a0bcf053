package io.marketpilot.campaigns.holdback;

/** A customer held back from promotions, and why, in words the marketer reads in the campaign review. */
public record HeldBack(String customerId, String why) {}
