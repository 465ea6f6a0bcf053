package io.marketpilot.recommend;

import io.marketpilot.recommend.data.Interactions;

/** Builds small interaction sets from lines such as {@code "ann: milk bread"}, one event per item, time in order. */
public final class Baskets {
    private Baskets() {}

    public static Interactions of(String... lines) {
        Interactions.Builder builder = Interactions.builder();
        long time = 1;
        for (String line : lines) {
            String[] parts = line.split(":");
            for (String item : parts[1].trim().split("\\s+")) {
                builder.add(parts[0].trim(), item, 1.0, time++);
            }
        }
        return builder.build();
    }

    /** The same basket for {@code count} customers named {@code prefix0, prefix1, ...}. */
    public static String[] repeated(String prefix, int count, String items) {
        String[] lines = new String[count];
        for (int i = 0; i < count; i++) {
            lines[i] = prefix + i + ": " + items;
        }
        return lines;
    }

    public static String[] concat(String[]... groups) {
        return java.util.Arrays.stream(groups).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }
}
