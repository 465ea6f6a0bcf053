package io.marketpilot.imports.layout;

import io.marketpilot.core.domain.CustomerAttribute;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.imports.Fields;
import io.marketpilot.imports.ImportBatch;
import io.marketpilot.imports.RowErrors;
import io.marketpilot.imports.SourceRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The columns of a customer file that MarketPilot has no field for (gender, birth date, age, loyalty tier, …), kept
 * as customer attributes under their normalised names. Values are checked like the fixed fields (lengths; a birth
 * date must be a date, an age a whole number of years), so a bad one refuses the file with its line.
 */
final class CustomerAttributeColumns {
    /** The columns the customer layout maps to fields of its own. */
    static final Set<String> MAPPED = Set.of("id", "email", "name", "country", "city", "signupdate");

    /** Columns read as a birth date, stored as an ISO date. */
    static final Set<String> BIRTH_DATES = Set.of("birthdate", "dateofbirth", "dob", "birthday");

    /** The column read as an age in whole years. */
    static final String AGE = "age";

    private static final int OLDEST = 130;
    private static final Pattern NAME = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{N}]+");

    private final List<String> columns;

    private CustomerAttributeColumns(List<String> columns) {
        this.columns = columns;
    }

    /**
     * The extra columns of {@code rows}, at most {@link CustomerAttribute#MAX_PER_CUSTOMER}; a column whose name
     * cannot be an attribute name, or one past the limit, is left out with a note saying so.
     */
    static CustomerAttributeColumns of(List<SourceRow> rows, ImportBatch batch) {
        Set<String> names = new TreeSet<>();
        rows.forEach(r -> names.addAll(r.values().keySet()));
        names.removeAll(MAPPED);
        names.remove("");
        List<String> kept = new ArrayList<>();
        for (String name : names) {
            if (!NAME.matcher(name).matches() || name.length() > FieldLimits.ATTRIBUTE_NAME) {
                batch.notes.add("column '" + name + "' is not kept as a customer attribute: a name of letters and"
                        + " digits, at most " + FieldLimits.ATTRIBUTE_NAME + " characters, is");
            } else if (kept.size() == CustomerAttribute.MAX_PER_CUSTOMER) {
                batch.notes.add("column '" + name + "' is not kept: a customer keeps at most "
                        + CustomerAttribute.MAX_PER_CUSTOMER + " attributes");
            } else {
                kept.add(name);
            }
        }
        if (!kept.isEmpty()) {
            batch.notes.add("kept as customer attributes (replacing what each customer of the file had): "
                    + String.join(", ", kept));
        }
        return new CustomerAttributeColumns(List.copyOf(kept));
    }

    /** The row's attributes (blank values are absent), recording a row error for each bad value. */
    List<CustomerAttribute> read(String customerId, SourceRow row, Fields f, RowErrors errors) {
        List<CustomerAttribute> out = new ArrayList<>();
        for (String column : columns) {
            value(row, column, f, errors).ifPresent(v -> out.add(new CustomerAttribute(customerId, column, v)));
        }
        return out;
    }

    private static Optional<String> value(SourceRow row, String column, Fields f, RowErrors errors) {
        if (BIRTH_DATES.contains(column)) {
            Optional<LocalDate> date = f.optionalDate(row, column);
            if (date.isPresent() && date.get().getYear() < 1900) {
                errors.add(row, column, "'" + row.get(column) + "' is not a plausible birth date");
                return Optional.empty();
            }
            return date.map(LocalDate::toString);
        }
        if (column.equals(AGE)) {
            return f.optionalInteger(row, column, 0, OLDEST).map(String::valueOf);
        }
        return f.optionalText(row, column, FieldLimits.ATTRIBUTE_VALUE);
    }
}
