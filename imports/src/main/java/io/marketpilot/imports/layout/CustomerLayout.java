package io.marketpilot.imports.layout;

import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.imports.Fields;
import io.marketpilot.imports.ImportBatch;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.RowErrors;
import io.marketpilot.imports.SourceRow;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * MarketPilot's customer layout: id, email, name, country, city, signup_date, and any other columns, kept as customer
 * attributes ({@link CustomerAttributeColumns}).
 */
final class CustomerLayout implements Layout {
    @Override
    public String name() {
        return "marketpilot";
    }

    @Override
    public ImportKind kind() {
        return ImportKind.CUSTOMERS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("id");
    }

    @Override
    public void parse(List<SourceRow> rows, Fields f, RowErrors errors, ImportBatch batch) {
        Set<String> seen = new HashSet<>();
        CustomerAttributeColumns extra = CustomerAttributeColumns.of(rows, batch);
        for (SourceRow row : rows) {
            var id = f.id(row, "id");
            var email = f.optionalEmail(row, "email");
            var signup = f.optionalDate(row, "signupdate");
            // The widths of the store's columns: a longer value is a row error rather than a failed write. A refused
            // value leaves the row in the batch, but a file with any error writes nothing.
            var name = f.optionalText(row, "name", FieldLimits.NAME);
            var country = f.optionalText(row, "country", FieldLimits.PLACE);
            var city = f.optionalText(row, "city", FieldLimits.PLACE);
            if (id.isEmpty()) {
                continue;
            }
            var attributes = extra.read(id.get(), row, f, errors);
            if (!seen.add(id.get())) {
                errors.add(row, "id", "customer '" + id.get() + "' appears twice in the file");
                continue;
            }
            batch.customers.add(new Customer(
                    id.get(),
                    email.orElse(null),
                    name.orElse(null),
                    country.orElse(null),
                    city.orElse(null),
                    signup.orElse(null)));
            batch.customerAttributes.put(id.get(), attributes);
        }
    }
}
