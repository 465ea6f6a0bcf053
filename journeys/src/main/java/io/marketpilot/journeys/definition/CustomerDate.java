package io.marketpilot.journeys.definition;

/** A date on the customer's record that a date trigger counts from. */
public enum CustomerDate {
    /** The day they signed up. */
    SIGNUP,
    /** The day of their first order. */
    FIRST_ORDER,
    /** The day of their latest order. */
    LAST_ORDER;

    /** The name the JSON form uses, e.g. {@code first_order}. */
    public String wireName() {
        return Rules.wire(this);
    }

    /** The constant of a {@link #wireName}; an unknown name is refused, listing the known. */
    public static CustomerDate parse(String text) {
        return Rules.parse(CustomerDate.class, text, "customer date");
    }
}
