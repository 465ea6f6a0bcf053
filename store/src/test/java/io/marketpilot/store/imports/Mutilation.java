package io.marketpilot.store.imports;

/**
 * Damage done to one row of a generated file: a bad value in one column, or (with an empty column) damage to the row
 * itself. Each kind is one the importer must refuse, naming the row's line and, for a value, its column.
 */
record Mutilation(int row, String column, String value, Kind kind) {
    enum Kind {
        BAD_VALUE,
        MISSING_FIELD,
        EXTRA_FIELD,
        UNCLOSED_QUOTE,
        BROKEN_JSON,
        LATIN1_BYTE;

        /** Damage after which nothing more of the file can be read, so later rows go unnamed. */
        boolean stopsReading() {
            return this == UNCLOSED_QUOTE || this == LATIN1_BYTE;
        }
    }

    static Mutilation value(int row, String column, String value) {
        return new Mutilation(row, column, value, Kind.BAD_VALUE);
    }

    static Mutilation structural(int row, Kind kind) {
        return new Mutilation(row, "", "", kind);
    }

    @Override
    public String toString() {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + " chars)" : value;
        return kind == Kind.BAD_VALUE ? "row " + row + " " + column + "=" + escape(shown) : "row " + row + " " + kind;
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars()
                .forEach(c -> sb.append(
                        c < 0x20 || Character.isSurrogate((char) c)
                                ? String.format("\\u%04x", c)
                                : String.valueOf((char) c)));
        return sb.toString();
    }
}
