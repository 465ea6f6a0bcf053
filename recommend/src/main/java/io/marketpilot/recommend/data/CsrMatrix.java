package io.marketpilot.recommend.data;

import java.util.Arrays;

/**
 * An immutable sparse matrix in compressed-sparse-row form, columns sorted within each row, on primitive arrays so
 * that training and scoring loops run without boxing.
 */
public final class CsrMatrix {
    private final int rows;
    private final int columns;
    private final int[] rowStart;
    private final int[] columnIndex;
    private final double[] values;

    /**
     * Takes ownership of the arrays: {@code rowStart} has {@code rows + 1} entries and each row's columns must be
     * strictly increasing.
     */
    CsrMatrix(int rows, int columns, int[] rowStart, int[] columnIndex, double[] values) {
        this.rows = rows;
        this.columns = columns;
        this.rowStart = rowStart;
        this.columnIndex = columnIndex;
        this.values = values;
    }

    /** Builds a matrix from rows of (column, value) pairs; columns need not be sorted but must not repeat. */
    public static CsrMatrix ofRows(int columns, int[][] rowColumns, double[][] rowValues) {
        int rows = rowColumns.length;
        int[] start = new int[rows + 1];
        for (int r = 0; r < rows; r++) {
            start[r + 1] = start[r] + rowColumns[r].length;
        }
        int[] cols = new int[start[rows]];
        double[] vals = new double[start[rows]];
        for (int r = 0; r < rows; r++) {
            long[] packed = new long[rowColumns[r].length];
            for (int k = 0; k < packed.length; k++) {
                packed[k] = ((long) rowColumns[r][k] << 32) | k;
            }
            Arrays.sort(packed);
            for (int k = 0; k < packed.length; k++) {
                cols[start[r] + k] = (int) (packed[k] >>> 32);
                vals[start[r] + k] = rowValues[r][(int) packed[k]];
            }
        }
        return new CsrMatrix(rows, columns, start, cols, vals);
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    public int nonZeros() {
        return rowStart[rows];
    }

    /** First position of row {@code r}; positions run to {@link #rowEnd(int)} exclusive. */
    public int rowStart(int r) {
        return rowStart[r];
    }

    public int rowEnd(int r) {
        return rowStart[r + 1];
    }

    public int rowLength(int r) {
        return rowStart[r + 1] - rowStart[r];
    }

    /** The column at a position. */
    public int column(int position) {
        return columnIndex[position];
    }

    public double value(int position) {
        return values[position];
    }

    /** The position of (r, c), or a negative number when that cell is empty. */
    public int find(int r, int c) {
        int found = Arrays.binarySearch(columnIndex, rowStart[r], rowStart[r + 1], c);
        return found >= 0 ? found : -1;
    }

    public double get(int r, int c) {
        int position = find(r, c);
        return position < 0 ? 0.0 : values[position];
    }

    /** The transpose, also with sorted columns (a counting sort, so linear in the non-zeros). */
    public CsrMatrix transpose() {
        int[] start = new int[columns + 1];
        for (int k = 0; k < nonZeros(); k++) {
            start[columnIndex[k] + 1]++;
        }
        for (int c = 0; c < columns; c++) {
            start[c + 1] += start[c];
        }
        int[] next = Arrays.copyOf(start, columns);
        int[] cols = new int[nonZeros()];
        double[] vals = new double[nonZeros()];
        for (int r = 0; r < rows; r++) {
            for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                int target = next[columnIndex[k]]++;
                cols[target] = r;
                vals[target] = values[k];
            }
        }
        return new CsrMatrix(columns, rows, start, cols, vals);
    }
}
