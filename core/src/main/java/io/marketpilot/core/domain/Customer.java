package io.marketpilot.core.domain;

import io.marketpilot.core.input.FieldLimits;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A customer of the shop. Personal fields (email, name, city) may be absent: anonymous or forgotten
 * customers keep only their id and country so that aggregates stay correct.
 */
public record Customer(
        String id,
        @Nullable String email,
        @Nullable String name,
        @Nullable String country,
        @Nullable String city,
        @Nullable LocalDate signupDate) {
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
