package io.marketpilot.core.domain;

import java.time.LocalDate;

/**
 * A customer of the shop. Personal fields (email, name, city) may be absent: anonymous or forgotten
 * customers keep only their id and country so that aggregates stay correct.
 */
public record Customer(String id, String email, String name, String country, String city, LocalDate signupDate) {
    public Customer {
        Require.id(id, "customer id");
    }

    /** The same customer stripped of personal data, as kept after a right-to-be-forgotten request. */
    public Customer anonymised() {
        return new Customer(id, null, null, country, null, null);
    }
}
