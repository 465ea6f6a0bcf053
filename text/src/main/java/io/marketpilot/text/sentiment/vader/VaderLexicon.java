package io.marketpilot.text.sentiment.vader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** VADER's word and emoji lexicons, parsed once and shared by any number of {@link VaderAnalyzer}s. */
public final class VaderLexicon {
    static final String LEXICON_RESOURCE = "vader_lexicon.txt";
    static final String EMOJI_RESOURCE = "emoji_utf8_lexicon.txt";

    private final WordTable words;
    private final PhraseTable specialCases;
    private final PhraseTable boosterPhrases;
    private final EmojiDescriptions emojis;
    private final Map<String, Double> valences;

    private VaderLexicon(Map<String, Double> valences, Map<String, String> emojiDescriptions) {
        this.valences = Map.copyOf(valences);
        WordTable.Builder builder = new WordTable.Builder();
        valences.forEach(builder::valence);
        VaderVocabulary.BOOSTER_DICT.forEach((word, scalar) -> {
            if (word.indexOf(' ') < 0) {
                builder.booster(word, scalar);
            }
        });
        VaderVocabulary.NEGATE.forEach(builder::negation);
        for (String word : ValenceRules.ruleWords()) {
            builder.word(word);
        }
        PhraseTable.registerWords(VaderVocabulary.SPECIAL_CASES, builder);
        PhraseTable.registerWords(VaderVocabulary.BOOSTER_DICT, builder);
        this.words = builder.build();
        this.specialCases = PhraseTable.of(VaderVocabulary.SPECIAL_CASES, words);
        this.boosterPhrases = PhraseTable.of(VaderVocabulary.BOOSTER_DICT, words);
        this.emojis = new EmojiDescriptions(emojiDescriptions);
    }

    /** The lexicons shipped in this module (vaderSentiment 3.3.2, MIT licence; see PROVENANCE.md). */
    public static VaderLexicon fromClasspath() {
        return parse(readResource(LEXICON_RESOURCE), readResource(EMOJI_RESOURCE));
    }

    /**
     * Parses the two files' contents the way {@code SentimentIntensityAnalyzer.__init__} does:
     * tab-separated, first two fields, later duplicates win, keys kept verbatim (the analyser looks up
     * lower-cased words, so an entry such as ":D" is present but never matched, as in Python).
     */
    public static VaderLexicon parse(String lexiconText, String emojiLexiconText) {
        Map<String, Double> valences = new LinkedHashMap<>();
        forEachLine(lexiconText, true, (word, measure) -> {
            try {
                valences.put(word, Double.parseDouble(pythonStrip(measure)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("VADER lexicon: not a number for '" + word + "': " + measure, e);
            }
        });
        Map<String, String> emojis = new LinkedHashMap<>();
        forEachLine(emojiLexiconText, false, emojis::put);
        return new VaderLexicon(valences, emojis);
    }

    /** The number of distinct entries in the word lexicon. */
    public int size() {
        return valences.size();
    }

    public int emojiCount() {
        return emojis.size();
    }

    /** The valence of a lexicon entry, by its exact key. */
    public OptionalDouble valence(String word) {
        Double v = valences.get(word);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The description that replaces a single-code-point emoji before scoring. */
    public Optional<String> emojiDescription(int codePoint) {
        return emojis.description(codePoint);
    }

    WordTable words() {
        return words;
    }

    PhraseTable specialCases() {
        return specialCases;
    }

    PhraseTable boosterPhrases() {
        return boosterPhrases;
    }

    EmojiDescriptions emojis() {
        return emojis;
    }

    private interface FieldPair {
        void accept(String first, String second);
    }

    private static void forEachLine(String text, boolean skipEmpty, FieldPair sink) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        int lineNumber = 0;
        for (String line : text.substring(0, end).split("\n", -1)) {
            lineNumber++;
            if (skipEmpty && line.isEmpty()) {
                continue;
            }
            String stripped = pythonStrip(line);
            int tab = stripped.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException("VADER lexicon line " + lineNumber + " has no tab: " + line);
            }
            int nextTab = stripped.indexOf('\t', tab + 1);
            String second = stripped.substring(tab + 1, nextTab < 0 ? stripped.length() : nextTab);
            sink.accept(stripped.substring(0, tab), second);
        }
    }

    private static String pythonStrip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && PythonStrings.isWhitespace(s.charAt(from))) {
            from++;
        }
        while (to > from && PythonStrings.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static String readResource(String name) {
        try (InputStream in = VaderLexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("VADER resource missing from the classpath: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read VADER resource " + name, e);
        }
    }
}
