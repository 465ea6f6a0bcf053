package io.marketpilot.text.sentiment.learned;

import io.marketpilot.core.MarketPilotException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes a {@link LogisticHead} as a small tab-separated text file: {@code meta} lines for the
 * provenance, one {@code labels} line, one {@code bias} line and one {@code weights} line per label. Numbers are
 * written with {@link Double#toString}, which round-trips exactly; the file diffs well and needs no JSON library.
 */
public final class LogisticHeadFile {
    static final String FORMAT = "marketpilot-logistic-head/1";

    private LogisticHeadFile() {}

    public static void write(LogisticHead head, Path file) {
        StringBuilder out = new StringBuilder();
        out.append("format\t").append(FORMAT).append('\n');
        head.provenance().forEach((key, value) -> out.append("meta\t")
                .append(clean(key))
                .append('\t')
                .append(clean(value))
                .append('\n'));
        out.append("labels\t").append(String.join("\t", head.labels())).append('\n');
        out.append("bias");
        for (double b : head.bias()) {
            out.append('\t').append(b);
        }
        out.append('\n');
        for (int c = 0; c < head.labels().size(); c++) {
            out.append("weights\t").append(head.labels().get(c));
            for (double w : head.weights()[c]) {
                out.append('\t').append(w);
            }
            out.append('\n');
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static LogisticHead read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads a head from the classpath, e.g. {@code io/marketpilot/text/sentiment/learned/sentiment-en.head.tsv}. */
    public static LogisticHead readResource(String resource) {
        try (InputStream in = LogisticHeadFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static LogisticHead read(InputStream in, String source) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, String> meta = new LinkedHashMap<>();
        List<String> labels = List.of();
        double[] bias = null;
        List<double[]> weights = new ArrayList<>();
        boolean formatSeen = false;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            switch (cells[0]) {
                case "format" -> formatSeen = cells.length == 2 && FORMAT.equals(cells[1]);
                case "meta" -> meta.put(cells[1], cells.length > 2 ? cells[2] : "");
                case "labels" -> labels = List.of(Arrays.copyOfRange(cells, 1, cells.length));
                case "bias" -> bias = numbers(cells, 1, source);
                case "weights" -> weights.add(numbers(cells, 2, source));
                default -> throw MarketPilotException.invalid(source + ": unknown line kind " + cells[0]);
            }
        }
        if (!formatSeen || bias == null) {
            throw MarketPilotException.invalid(source + " is not a " + FORMAT + " file");
        }
        return new LogisticHead(labels, weights.toArray(double[][]::new), bias, meta);
    }

    private static double[] numbers(String[] cells, int from, String source) {
        try {
            return Arrays.stream(cells, from, cells.length)
                    .mapToDouble(Double::parseDouble)
                    .toArray();
        } catch (NumberFormatException e) {
            throw MarketPilotException.invalid(source + ": bad number in a " + cells[0] + " line");
        }
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
