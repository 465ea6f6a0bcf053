package io.marketpilot.benchmarks.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** The sentences a text benchmark scores: a file with one sentence per line, or a seeded review-like corpus. */
public final class SentenceCorpus {
    /** The value of a benchmark's {@code corpus} parameter that asks for the seeded corpus instead of a file. */
    public static final String SYNTHETIC = "synthetic";

    static final int SYNTHETIC_SENTENCES = 20_000;
    private static final long SYNTHETIC_SEED = 20_140_601L;

    private SentenceCorpus() {}

    /** {@value #SYNTHETIC}, or the path of a UTF-8 file whose non-blank lines are the sentences. */
    public static String[] load(String source) {
        List<String> sentences = source.equals(SYNTHETIC) ? synthetic() : readLines(Path.of(source));
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("no sentences in " + source);
        }
        return sentences.toArray(String[]::new);
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Review-like sentences of 5 to 30 words mixing lexicon words, boosters, negations and punctuation. */
    static List<String> synthetic() {
        String[] filler = ("the a this it was is product service staff delivery price and to of for my i we they"
                        + " with on in at but that really very not never no kind so just "
                        + "phone app order day time customer support")
                .split(" ");
        String[] opinion = ("good great love excellent amazing happy nice best awesome fun helpful "
                        + "bad terrible hate awful worst poor disappointed broken slow angry sad annoying "
                        + ":) :( lol wtf")
                .split(" ");
        SplittableRandom random = new SplittableRandom(SYNTHETIC_SEED);
        String[] sentences = new String[SYNTHETIC_SENTENCES];
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < SYNTHETIC_SENTENCES; s++) {
            b.setLength(0);
            int words = 5 + random.nextInt(26);
            for (int w = 0; w < words; w++) {
                String word = random.nextInt(5) == 0
                        ? opinion[random.nextInt(opinion.length)]
                        : filler[random.nextInt(filler.length)];
                if (random.nextInt(20) == 0) {
                    word = word.toUpperCase(Locale.ROOT);
                }
                b.append(w == 0 ? "" : " ").append(word);
                if (random.nextInt(12) == 0) {
                    b.append(',');
                }
            }
            b.append(random.nextInt(6) == 0 ? "!!" : random.nextInt(8) == 0 ? "?" : ".");
            sentences[s] = b.toString();
        }
        return List.of(sentences);
    }
}
