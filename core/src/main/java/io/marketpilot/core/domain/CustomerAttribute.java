package io.marketpilot.core.domain;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.input.FieldLimits;
import java.util.regex.Pattern;

/**
 * One fact a shop imported about a customer beyond the fixed fields (gender, birth date, loyalty tier, …): the
 * column's normalised name and the row's value, kept so that reviews can compare groups the shop itself records.
 */
public record CustomerAttribute(String customerId, String name, String value) {
    /** Normalised column names: lower-case letters and digits (see the importer's header rule). */
    private static final Pattern NAME = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{N}]+");

    /** The most attributes one customer keeps: more columns than this is a file that was not meant as facts. */
    public static final int MAX_PER_CUSTOMER = 30;

    public CustomerAttribute {
        Require.id(customerId, "customer id", FieldLimits.ID);
        Require.id(name, "attribute name", FieldLimits.ATTRIBUTE_NAME);
        if (!NAME.matcher(name).matches()) {
            throw MarketPilotException.invalid(
                    "An attribute name is lower-case letters and digits, was '" + name + "'");
        }
        Require.id(value, "attribute '" + name + "'", FieldLimits.ATTRIBUTE_VALUE);
    }
}
