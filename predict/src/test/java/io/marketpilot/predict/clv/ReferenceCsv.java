package io.marketpilot.predict.clv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Reads the numeric golden files written by src/test/python/bgnbd_reference.py. */
final class ReferenceCsv {
    private ReferenceCsv() {}

    /** Rows of numbers, header skipped. */
    static List<double[]> rows(String resource) {
        try (InputStream in = ReferenceCsv.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> Arrays.stream(line.split(","))
                            .mapToDouble(Double::parseDouble)
                            .toArray())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
