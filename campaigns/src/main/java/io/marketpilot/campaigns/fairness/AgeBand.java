package io.marketpilot.campaigns.fairness;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer's age band (under 25, 25-34, 35-44, 45-54, 55-64, 65+) from an imported birth date (as of the review's
 * day) or, failing that, an imported age; bands rather than ages, so groups are large enough to compare.
 */
public final class AgeBand {
    /** The attribute the bands are reported under. */
    public static final String ATTRIBUTE = "age_band";

    /** The imported columns a birth date is read from, as the customer import normalises them. */
    public static final List<String> BIRTH_DATES = List.of("birthdate", "dateofbirth", "dob", "birthday");

    /** The imported column an age in whole years is read from. */
    public static final String AGE = "age";

    private AgeBand() {}

    /** The band of the customer with these attributes on {@code today}, empty when neither column is usable. */
    public static Optional<String> of(Map<String, String> attributes, LocalDate today) {
        for (String column : BIRTH_DATES) {
            String value = attributes.get(column);
            if (value != null) {
                try {
                    LocalDate born = LocalDate.parse(value.strip());
                    if (!born.isAfter(today)) {
                        return Optional.of(band(Period.between(born, today).getYears()));
                    }
                } catch (DateTimeParseException e) {
                    // not a date: the age column, if any, may still say
                }
            }
        }
        String age = attributes.get(AGE);
        if (age != null) {
            try {
                int years = Integer.parseInt(age.strip());
                return years < 0 ? Optional.empty() : Optional.of(band(years));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The band of an age in whole years. */
    public static String band(int years) {
        if (years < 25) {
            return "<25";
        }
        if (years >= 65) {
            return "65+";
        }
        int low = 25 + (years - 25) / 10 * 10;
        return low + "-" + (low + 9);
    }

    /** Whether {@code attribute} is a column the bands are read from. */
    public static boolean isSource(String attribute) {
        return BIRTH_DATES.contains(attribute) || attribute.equals(AGE);
    }
}
