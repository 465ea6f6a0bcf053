package io.marketpilot.imports.layout;

import io.marketpilot.core.domain.Product;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.imports.Fields;
import io.marketpilot.imports.ImportBatch;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.RowErrors;
import io.marketpilot.imports.SourceRow;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** MarketPilot's product layout: id, name, category, description, price, stock, name_zh, description_zh. */
final class ProductLayout implements Layout {
    @Override
    public String name() {
        return "marketpilot";
    }

    @Override
    public ImportKind kind() {
        return ImportKind.PRODUCTS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("id", "name");
    }

    @Override
    public void parse(List<SourceRow> rows, Fields f, RowErrors errors, ImportBatch batch) {
        Set<String> seen = new HashSet<>();
        for (SourceRow row : rows) {
            var id = f.id(row, "id");
            var name = f.text(row, "name");
            var price = f.optionalNumber(row, "price");
            var stock = f.optionalInteger(row, "stock", 0, Integer.MAX_VALUE);
            // the widths of the store's columns (a refused value leaves the row in, but the file writes nothing)
            var category = f.optionalText(row, "category", FieldLimits.CATEGORY);
            var description = f.optionalText(row, "description", FieldLimits.DESCRIPTION);
            var nameZh = f.optionalText(row, "namezh", FieldLimits.PRODUCT_NAME);
            var descriptionZh = f.optionalText(row, "descriptionzh", FieldLimits.DESCRIPTION);
            if (price.isPresent() && price.get() < 0) {
                errors.add(row, "price", "must not be negative");
                continue;
            }
            if (id.isEmpty() || name.isEmpty()) {
                continue;
            }
            if (name.get().length() > FieldLimits.PRODUCT_NAME) {
                errors.add(row, "name", "is longer than " + FieldLimits.PRODUCT_NAME + " characters");
                continue;
            }
            if (!seen.add(id.get())) {
                errors.add(row, "id", "product '" + id.get() + "' appears twice in the file");
                continue;
            }
            batch.products.add(new Product(
                    id.get(),
                    name.get(),
                    category.orElse(null),
                    description.orElse(null),
                    price.orElse(null),
                    stock.orElse(null),
                    nameZh.orElse(null),
                    descriptionZh.orElse(null)));
        }
    }
}
