package io.marketpilot.profiling.segmentation;

import java.time.LocalDate;
import java.util.List;

/**
 * Which features a segmentation ran on.
 *
 * @param asOf history strictly before this date
 * @param definitionVersion the feature rules version
 * @param columns every feature column of the snapshot
 * @param clusterColumns the columns k-means saw
 * @param customers customers segmented
 * @param excludedCustomers customers left out for having no sale before {@code asOf}
 * @param transform the scaling applied before k-means
 */
public record SnapshotInfo(
        LocalDate asOf,
        String definitionVersion,
        List<String> columns,
        List<String> clusterColumns,
        int customers,
        int excludedCustomers,
        String transform) {

    public SnapshotInfo {
        columns = List.copyOf(columns);
        clusterColumns = List.copyOf(clusterColumns);
    }
}
