package io.marketpilot.campaigns.audience;

/**
 * The shop's stance on customers who never said yes or no. By default only an explicit opt-in counts. A shop may
 * instead mail existing customers whose consent is unknown, on the legitimate-interest ground that some laws allow
 * for customers who bought before (the "soft opt-in" of the UK's PECR, for example); whether that ground applies is
 * the shop's legal call, which is why it is a visible setting rather than a default.
 *
 * @param unknownAllowedForExistingCustomers whether an existing customer with no recorded consent (or
 *     {@code unknown}) may be sent to; an opt-out and a pending double opt-in still exclude
 */
public record ConsentPolicy(boolean unknownAllowedForExistingCustomers) {
    /** Only explicit opt-ins. */
    public static final ConsentPolicy EXPLICIT_ONLY = new ConsentPolicy(false);

    /** Explicit opt-ins, and existing customers who never said either way. */
    public static final ConsentPolicy LEGITIMATE_INTEREST = new ConsentPolicy(true);
}
