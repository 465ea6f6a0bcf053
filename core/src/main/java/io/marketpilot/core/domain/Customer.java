package io.marketpilot.core.domain;

import io.marketpilot.core.input.FieldLimits;
import java.time.LocalDate;

/**
 * A customer of the shop. Personal fields (email, name, city) may be absent: anonymous or forgotten
 * customers keep only their id and country so that aggregates stay correct.
 */
public record Customer(String id, String email, String name, String country, String city, LocalDate signupDate) {
    public Customer {
        Require.id(id, "customer id", FieldLimits.ID);
        Require.fits(email, "email", FieldLimits.EMAIL);
        Require.fits(name, "name", FieldLimits.NAME);
        Require.fits(country, "country", FieldLimits.PLACE);
        Require.fits(city, "city", FieldLimits.PLACE);
    }

    /** The same customer stripped of personal data, as kept after a right-to-be-forgotten request. */
    public Customer anonymised() {
        return new Customer(id, null, null, country, null, null);
    }
}
