package io.marketpilot.recommend.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.marketpilot.core.MarketPilotException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * What user files do to the recommendation-evaluation readers: whatever the content, a reader returns or refuses
 * with a {@link MarketPilotException}; a damaged row is refused by its line.
 */
class ReaderPropertiesTest {
    /** A reader by name, its valid header and one valid row, and how it reads a file. */
    record Reader(String name, String header, String row, Function<Path, Object> read) {}

    static final List<Reader> READERS = List.of(
            new Reader("movielens", "", "196\t242\t3\t881250949", MovieLensReader::read),
            new Reader(
                    "superstore",
                    "Row ID,Order ID,Order Date,Customer ID,Product ID,Product Name,Category,Sub-Category,Quantity",
                    "1,CA-1,11/8/2016,CG-12520,FUR-BO-1,Bookcase,Furniture,Bookcases,2",
                    SuperstoreReader::read),
            new Reader(
                    "interactions",
                    "user_id,item_id,weight,timestamp",
                    "u1,i1,2.5,2024-03-01",
                    InteractionsCsvReader::read),
            new Reader("segments", "user_id,segment", "u1,loyal", SegmentsCsvReader::read),
            new Reader(
                    "movielens-items",
                    "",
                    "1|Toy Story (1995)|01-Jan-1995||http://x|0|0|0|1|1|1|0|0|0|0|0|0|0|0|0|0|0|0|0",
                    ItemTextsReader::movieLens),
            new Reader(
                    "superstore-items",
                    "Row ID,Order ID,Order Date,Customer ID,Product ID,Product Name,Category,Sub-Category,Quantity",
                    "1,CA-1,11/8/2016,CG-12520,FUR-BO-1,Bookcase,Furniture,Bookcases,2",
                    ItemTextsReader::superstore));

    @Property(tries = 600, seed = "20261206")
    void anyContentIsReadOrRefusedWithAMarketPilotException(
            @ForAll("readers") Reader reader, @ForAll("junk") byte[] junk, @ForAll boolean withValidStart)
            throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        if (withValidStart) {
            file.writeBytes(start(reader).getBytes(StandardCharsets.UTF_8));
        }
        file.writeBytes(junk);

        Throwable thrown = read(reader, file.toByteArray());

        if (thrown != null && !(thrown instanceof MarketPilotException)) {
            throw new AssertionError("escaped: " + thrown, thrown);
        }
    }

    @Property(tries = 300, seed = "20261206")
    void aDamagedRowIsRefusedByItsLine(
            @ForAll("rowReaders") Reader reader,
            @ForAll @IntRange(min = 0, max = 5) int goodRowsBefore,
            @ForAll("damage") String damage)
            throws IOException {
        StringBuilder text = new StringBuilder(start(reader));
        for (int i = 0; i < goodRowsBefore; i++) {
            text.append(reader.row()).append('\n');
        }
        String separator = reader.name().equals("movielens") ? "\t" : ",";
        String[] fields = reader.row().split(separator, -1);
        fields[Math.abs(damage.hashCode() % fields.length)] = damage.equals("drop a field") ? null : damage;
        String bad = String.join(
                separator, Arrays.stream(fields).filter(Objects::nonNull).toList());
        text.append(bad).append('\n').append(reader.row()).append('\n');
        int line = (reader.header().isEmpty() ? 1 : 2) + goodRowsBefore;

        Throwable thrown = read(reader, text.toString().getBytes(StandardCharsets.UTF_8));

        if (thrown != null) {
            assertThat(thrown).isInstanceOf(MarketPilotException.class);
            assertThat(thrown.getMessage()).contains("line " + line);
        }
    }

    @Example
    void anEpochSecondsTimeTooLongForALongIsRefusedByItsLine() {
        Throwable thrown = catchThrowable(() -> SuperstoreReader.read(
                new StringReader("Customer ID,Product ID,Order Date\nc1,p1,1\nc1,p2,99999999999999999999\n"), "s.csv"));

        assertThat(thrown).isInstanceOf(MarketPilotException.class).hasMessageContaining("line 3");
    }

    @Example
    void anUnclosedQuoteIsRefusedByItsLine() {
        Throwable thrown = catchThrowable(() ->
                InteractionsCsvReader.read(new StringReader("user_id,item_id\nu1,i1\n\"u2,i2\nu3,i3\n"), "i.csv"));

        assertThat(thrown).isInstanceOf(MarketPilotException.class).hasMessageContaining("line 3");
    }

    @Example
    void aLatin1FileIsRefusedAsNotUtf8() throws IOException {
        Path file = Files.createTempFile("ratings", ".csv");
        Files.write(file, "user_id,item_id\nJos\u00e9,i1\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(catchThrowable(() -> InteractionsCsvReader.read(file)))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("UTF-8");
        Files.delete(file);
    }

    // --- generators -------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Reader> readers() {
        return Arbitraries.of(READERS);
    }

    /** The readers that refuse a bad row (the item-text readers skip what they cannot use, by design). */
    @Provide
    Arbitrary<Reader> rowReaders() {
        return Arbitraries.of(
                READERS.stream().filter(r -> !r.name().endsWith("items")).toList());
    }

    @Provide
    Arbitrary<String> damage() {
        return Arbitraries.of(
                "drop a field", "", "\"unclosed", "abc", "NaN", "1e400", "-1", "99999999999999999999", "2024-02-30");
    }

    @Provide
    Arbitrary<byte[]> junk() {
        Arbitrary<String> tokens = Arbitraries.of(
                ",",
                "\t",
                "|",
                "\"",
                "\n",
                "\r\n",
                "a",
                "1",
                "-3",
                "NaN",
                "1e400",
                "2024-02-30",
                "12/1/2010 8:26",
                "99999999999999999999",
                "\uFEFF",
                "\u0000",
                "é",
                "😀",
                "1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17|18|19|20|21|22|23|24");
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

    private static String start(Reader reader) {
        return reader.header().isEmpty() ? "" : reader.header() + "\n";
    }

    private static Throwable read(Reader reader, byte[] bytes) throws IOException {
        Path file = Files.createTempFile("reader-" + reader.name(), ".csv");
        try {
            Files.write(file, bytes);
            return catchThrowable(() -> reader.read().apply(file));
        } finally {
            Files.delete(file);
        }
    }
}
