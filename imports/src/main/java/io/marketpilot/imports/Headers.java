package io.marketpilot.imports;

import java.util.Locale;
import java.util.Set;

/** Column names as read from a file, normalised so that "Customer ID", "customer_id" and "CustomerID" agree. */
public record Headers(Set<String> names) {

    /** Lower case, without byte-order mark, spaces, underscores, hyphens or dots. */
    public static String normalise(String header) {
        StringBuilder sb = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '\uFEFF' || c == ' ' || c == '_' || c == '-' || c == '.') {
                continue;
            }
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    public boolean hasAll(String... columns) {
        for (String c : columns) {
            if (!names.contains(c)) {
                return false;
            }
        }
        return true;
    }
}
