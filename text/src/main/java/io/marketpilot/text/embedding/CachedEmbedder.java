package io.marketpilot.text.embedding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An on-disk cache in front of a {@link TextEmbedder}, keyed by the SHA-256 of each text, for benchmark and
 * evaluation runs that embed the same corpus again and again (embedding is by far their slowest step). One
 * append-only file per model, {@code <model>.vectors}: records of a 32-byte key followed by the vector's floats.
 * Not for production paths: the file grows with every new text.
 */
public final class CachedEmbedder implements TextEmbedder {
    private static final int KEY_BYTES = 32;
    private static final int BATCH = 256;

    private final TextEmbedder inner;
    private final Path file;
    private final Map<String, float[]> vectors = new HashMap<>();

    public CachedEmbedder(TextEmbedder inner, Path directory) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.file = directory.resolve(inner.model().replaceAll("[^A-Za-z0-9._-]", "_") + ".vectors");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
        load();
    }

    /** Both of a bilingual embedder's models behind caches in {@code directory}. */
    public static BilingualEmbedder cached(TextEmbedder english, TextEmbedder chinese, Path directory) {
        return new BilingualEmbedder(
                new io.marketpilot.text.language.LanguageDetector(),
                new CachedEmbedder(english, directory),
                new CachedEmbedder(chinese, directory));
    }

    @Override
    public float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
    }

    @Override
    public synchronized List<float[]> embedAll(List<String> texts) {
        List<String> missing = new ArrayList<>();
        for (String text : texts) {
            if (!vectors.containsKey(key(text)) && !missing.contains(text)) {
                missing.add(text);
            }
        }
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<String> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
            List<float[]> embedded = inner.embedAll(batch);
            append(batch, embedded);
        }
        List<float[]> out = new ArrayList<>(texts.size());
        texts.forEach(
                text -> out.add(vectors.getOrDefault(key(text), new float[0]).clone()));
        return out;
    }

    @Override
    public String model() {
        return inner.model();
    }

    @Override
    public int dimension() {
        return inner.dimension();
    }

    /** How many vectors the cache holds. */
    public synchronized int size() {
        return vectors.size();
    }

    private void append(List<String> texts, List<float[]> embedded) {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(
                file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)))) {
            for (int i = 0; i < texts.size(); i++) {
                String key = key(texts.get(i));
                out.write(HexFormat.of().parseHex(key));
                for (float v : embedded.get(i)) {
                    out.writeFloat(v);
                }
                vectors.put(key, embedded.get(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            byte[] key = new byte[KEY_BYTES];
            while (true) {
                try {
                    in.readFully(key);
                } catch (EOFException end) {
                    return;
                }
                float[] vector = new float[inner.dimension()];
                for (int d = 0; d < vector.length; d++) {
                    vector[d] = in.readFloat();
                }
                vectors.put(HexFormat.of().formatHex(key), vector);
            }
        } catch (EOFException truncated) {
            // a run killed mid-write leaves a partial last record; the complete ones before it are kept
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static String key(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
