package io.marketpilot.text.sentiment.learned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.text.emotion.EmotionDataset;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * What user files do to the labelled training and evaluation readers (UCI sentences, ChnSentiCorp and emotion CSVs):
 * they are read or refused with a {@link MarketPilotException}, and a bad row is refused by its line.
 */
class LabelledDataPropertiesTest {
    /** A reader, a valid start of its file, a valid row, and a row whose label it must refuse. */
    record Reader(String name, String start, String row, String badRow, Function<Path, List<LabelledText>> read) {}

    static final List<Reader> READERS = List.of(
            new Reader("uci", "", "Great phone.\t1", "Great phone.\t2", LabelledDataPropertiesTest::readUci),
            new Reader(
                    "uci-no-tab",
                    "",
                    "Great phone.\t0",
                    "Great phone without a tab",
                    LabelledDataPropertiesTest::readUci),
            new Reader("chnsenticorp", "label,text\n", "1,\"很好, 干净\"", "positive,很好", ReviewDatasets::readChnSentiCorp),
            new Reader("emotion", "label,text\n", "joy,what a day", "bliss,what a day", EmotionDataset::read));

    @Property(tries = 400, seed = "20261206")
    void anyContentIsReadOrRefusedWithAMarketPilotException(
            @ForAll("readers") Reader reader, @ForAll("junk") byte[] junk) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(reader.start().getBytes(StandardCharsets.UTF_8));
        file.writeBytes(junk);

        Throwable thrown = read(reader, file.toByteArray());

        if (thrown != null && !(thrown instanceof MarketPilotException)) {
            throw new AssertionError("escaped: " + thrown, thrown);
        }
    }

    @Property(tries = 100, seed = "20261206")
    void aRowWithABadLabelIsRefusedByItsLine(
            @ForAll("readers") Reader reader,
            @ForAll @IntRange(min = 0, max = 6) int goodRowsBefore,
            @ForAll @IntRange(min = 0, max = 2) int blankLinesBefore)
            throws IOException {
        StringBuilder text = new StringBuilder(reader.start());
        for (int i = 0; i < goodRowsBefore; i++) {
            text.append(reader.row()).append(i % 2 == 0 ? "\n" : "\r\n");
        }
        text.append("\n".repeat(blankLinesBefore));
        text.append(reader.badRow()).append('\n').append(reader.row()).append('\n');
        int line = (reader.start().isEmpty() ? 1 : 2) + goodRowsBefore + blankLinesBefore;

        Throwable thrown = read(reader, text.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(thrown).isInstanceOf(MarketPilotException.class).hasMessageContaining("line " + line);
    }

    @Property(tries = 20, seed = "20261206")
    void aFileThatIsNotUtf8IsRefusedAsSuch(@ForAll("readers") Reader reader) throws IOException {
        byte[] latin1 = (reader.start() + reader.row().replace("Great", "Gr\u00e9at") + "\n")
                .replace("很好", "tr\u00e8s bien")
                .replace("what", "caf\u00e9")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(read(reader, latin1))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("UTF-8");
    }

    // --- generators -------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Reader> readers() {
        return Arbitraries.of(READERS);
    }

    @Provide
    Arbitrary<byte[]> junk() {
        Arbitrary<String> tokens = Arbitraries.of(
                ",",
                "\t",
                "\"",
                "\n",
                "\r\n",
                "\r",
                "1",
                "0",
                "2",
                "joy",
                "fear",
                "label,text",
                "\t1",
                "a",
                "\uFEFF",
                "\u0000",
                "é",
                "中",
                "😀");
        Arbitrary<byte[]> text =
                tokens.list().ofMaxSize(25).map(t -> String.join("", t).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(3);
        return Combinators.combine(text, raw, text).as((a, b, c) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(a);
            out.writeBytes(b);
            out.writeBytes(c);
            return out.toByteArray();
        });
    }

    // --- reading ----------------------------------------------------------------------------------------------

    private static Throwable read(Reader reader, byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("labelled-" + reader.name());
        try {
            // the UCI reader takes a directory of both files; the second one is always valid
            Files.write(dir.resolve(ReviewDatasets.UCI_FILES.get(0)), bytes);
            Files.writeString(dir.resolve(ReviewDatasets.UCI_FILES.get(1)), "Fine film.\t1\n");
            Files.write(dir.resolve("data.csv"), bytes);
            return catchThrowable(
                    () -> reader.read().apply(reader.name().startsWith("uci") ? dir : dir.resolve("data.csv")));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    private static List<LabelledText> readUci(Path directory) {
        return ReviewDatasets.readUciSentences(directory);
    }
}
