package io.marketpilot.text.keywords;

import io.marketpilot.text.language.Language;
import io.marketpilot.text.language.LanguageDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits text into content words with Lucene's analysers: {@link EnglishAnalyzer} (stop words, possessives, Porter
 * stems) for English and anything not Chinese, {@link SmartChineseAnalyzer} (HMM word segmentation, stop words and
 * punctuation removed) for Chinese. Numbers, one-letter English words and one-character Chinese words are dropped:
 * on review text they are almost never what a review is about.
 */
public final class TermAnalyzer implements AutoCloseable {
    private static final Pattern BOUNDARY = Pattern.compile("[\\p{Punct}，。！？；：、（）“”‘’…\\n]");
    private static final Pattern NUMBER = Pattern.compile("[\\p{N}.,]+");
    /** Analysers cost nothing to reuse but a little to build; texts longer than this are cut (keywords only). */
    public static final int MAX_CHARS = 20_000;

    private final LanguageDetector detector = new LanguageDetector();
    /**
     * Lucene's English stop set (33 articles, pronouns and prepositions) leaves the pronouns, auxiliaries and
     * intensifiers that fill reviews ("I", "my", "have", "very", "just"); these would otherwise top every list.
     */
    static final List<String> REVIEW_STOP_WORDS = List.of(
            "i", "me", "my", "mine", "myself", "we", "our", "you", "your", "he", "she", "him", "her", "his", "its",
            "they", "them", "their", "this", "that", "these", "those", "am", "is", "are", "was", "were", "be", "been",
            "being", "have", "has", "had", "having", "do", "does", "did", "doing", "done", "would", "should", "could",
            "can", "will", "shall", "may", "might", "must", "get", "got", "gets", "getting", "go", "goes", "went",
            "very", "really", "just", "so", "too", "also", "much", "more", "most", "all", "any", "some", "one", "two",
            "what", "which", "who", "when", "where", "why", "how", "than", "then", "there", "here", "about", "from",
            "up", "out", "over", "after", "before", "again", "even", "still", "only", "own", "same", "other", "im",
            "ive", "dont", "didnt", "doesnt", "isnt", "wasnt", "cant", "wont", "it's", "i'm", "i've", "don't", "didn't",
            "doesn't", "isn't", "wasn't", "can't", "won't", "thing", "things", "well", "ever", "every", "use", "used",
            "using", "make", "made", "makes", "lot", "way", "now", "im", "us");

    private final Analyzer english = new EnglishAnalyzer(stopWords());
    private final Analyzer chinese = new SmartChineseAnalyzer(true);

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        set.addAll(REVIEW_STOP_WORDS);
        return set;
    }

    public Language languageOf(String text) {
        return detector.detect(text).language() == Language.CHINESE ? Language.CHINESE : Language.ENGLISH;
    }

    /** Content words of {@code text} in order, analysed in its detected language. */
    public List<Token> tokens(String text) {
        return tokens(text, languageOf(text));
    }

    public List<Token> tokens(String text, Language language) {
        String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        boolean zh = language == Language.CHINESE;
        List<Token> out = new ArrayList<>();
        try (TokenStream stream = (zh ? chinese : english).tokenStream("text", cut)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int run = 0;
            int lastEnd = -1;
            while (stream.incrementToken()) {
                int start = Math.min(offset.startOffset(), cut.length());
                int end = Math.min(offset.endOffset(), cut.length());
                String surface = cut.substring(start, end).toLowerCase(Locale.ROOT);
                boolean gap = lastEnd >= 0
                        && (increment.getPositionIncrement() > 1
                                || BOUNDARY.matcher(cut.substring(Math.min(lastEnd, start), start))
                                        .find());
                String t = term.toString();
                boolean keep = zh ? t.codePointCount(0, t.length()) >= 2 : t.length() >= 2 && surface.length() >= 3;
                if (NUMBER.matcher(t).matches()) {
                    keep = false;
                }
                if (gap || !keep) {
                    run++;
                }
                if (keep) {
                    out.add(new Token(t, surface, run));
                }
                lastEnd = end;
                if (!keep) {
                    run++;
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("tokenising failed", e);
        }
        return out;
    }

    @Override
    public void close() {
        english.close();
        chinese.close();
    }
}
