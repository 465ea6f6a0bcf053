package io.marketpilot.profiling.features;

import io.marketpilot.core.MarketPilotException;
import java.time.LocalDate;
import java.util.List;

/**
 * Customer features as of a date: one matrix row per customer with at least one sale before {@code asOf}. The
 * matrix is shared, not copied (it can be large): treat it as read-only.
 *
 * @param asOf exclusive end of the history used; recency and tenure count days up to it
 * @param definition the columns and the rules version that produced them
 * @param customerIds the customer of each row
 * @param matrix raw feature values, rows × {@code definition.columns().size()}
 * @param countries the customer's country per row (from the customer, else the last sale, else "unknown")
 * @param excludedCustomers customers given but left out because they had no sale before {@code asOf}
 */
public record FeatureSnapshot(
        LocalDate asOf,
        FeatureDefinition definition,
        List<String> customerIds,
        double[][] matrix,
        List<String> countries,
        int excludedCustomers) {

    public FeatureSnapshot {
        customerIds = List.copyOf(customerIds);
        countries = List.copyOf(countries);
        if (matrix.length != customerIds.size() || countries.size() != customerIds.size()) {
            throw MarketPilotException.invalid("snapshot rows, customer ids and countries differ in number");
        }
        int width = definition.columns().size();
        for (double[] row : matrix) {
            if (row.length != width) {
                throw MarketPilotException.invalid("snapshot row has " + row.length + " values, expected " + width);
            }
        }
    }

    public String definitionVersion() {
        return definition.version();
    }

    public List<String> columnNames() {
        return definition.names();
    }

    public int rows() {
        return matrix.length;
    }

    /** The index of a column, or an exception naming the columns that exist. */
    public int columnIndex(String name) {
        return definition
                .indexOf(name)
                .orElseThrow(() -> MarketPilotException.invalid(
                        "no feature column '" + name + "'; columns are " + definition.names()));
    }

    /** A copy of one column's values. */
    public double[] column(String name) {
        int c = columnIndex(name);
        double[] values = new double[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            values[i] = matrix[i][c];
        }
        return values;
    }
}
