package io.marketpilot.text.classify;

import io.marketpilot.text.language.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Counts a text's word 1–2-grams and character n-grams, hashed into two blocks of 2^bits buckets: words in
 * {@code [0, 2^bits)}, characters in {@code [2^bits, 2^(bits+1))}. Words come from Lucene's analysers with no stop
 * words (negations and pronouns carry emotion): {@link EnglishAnalyzer} (lower case, possessives, Porter stems)
 * or {@link SmartChineseAnalyzer} (word segmentation). Character n-grams are 3–5 within word boundaries for
 * English (robust to spelling and inflection) and 1–3 over runs of letters for Chinese, where a single ideograph
 * (好, 差, 怕) already carries meaning. The hash is {@link String#hashCode()}, mixed, so it is stable across runs.
 */
final class NgramHasher {
    private static final char BIGRAM_JOIN = '\u0001';
    private static final int MAX_CHARS = 5_000;

    private final Language language;
    private final int bits;
    private final Analyzer analyzer;

    NgramHasher(Language language, int bits) {
        this.language = language;
        this.bits = bits;
        this.analyzer = language == Language.CHINESE
                ? new SmartChineseAnalyzer(CharArraySet.EMPTY_SET)
                : new EnglishAnalyzer(CharArraySet.EMPTY_SET);
    }

    int buckets() {
        return 2 << bits;
    }

    int blockSize() {
        return 1 << bits;
    }

    /** Bucket → count for the word block and the character block, in ascending bucket order. */
    SortedMap<Integer, Integer> counts(String text) {
        String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        List<String> words = words(cut);
        for (int i = 0; i < words.size(); i++) {
            add(counts, hash(words.get(i), 0));
            if (i + 1 < words.size()) {
                add(counts, hash(words.get(i) + BIGRAM_JOIN + words.get(i + 1), 0));
            }
        }
        for (String gram : characterGrams(cut.toLowerCase(Locale.ROOT))) {
            add(counts, hash(gram, blockSize()));
        }
        return counts;
    }

    private static void add(SortedMap<Integer, Integer> counts, int bucket) {
        counts.merge(bucket, 1, Integer::sum);
    }

    private int hash(String gram, int blockStart) {
        int h = gram.hashCode() * 0x9E3779B1;
        h ^= h >>> 16;
        return blockStart + (h & (blockSize() - 1));
    }

    List<String> words(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String t = term.toString();
                if (t.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    out.add(t);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("tokenising failed", e);
        }
        return out;
    }

    private List<String> characterGrams(String text) {
        List<String> grams = new ArrayList<>();
        boolean chinese = language == Language.CHINESE;
        int min = chinese ? 1 : 3;
        int max = chinese ? 3 : 5;
        for (String run : text.split("[^\\p{L}\\p{N}']+")) {
            if (run.isEmpty()) {
                continue;
            }
            String padded = chinese ? run : " " + run + " ";
            int[] cps = padded.codePoints().toArray();
            for (int n = min; n <= max; n++) {
                for (int start = 0; start + n <= cps.length; start++) {
                    grams.add(new String(cps, start, n));
                }
            }
        }
        return grams;
    }
}
