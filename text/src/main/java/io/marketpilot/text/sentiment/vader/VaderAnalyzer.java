package io.marketpilot.text.sentiment.vader;

import java.util.Objects;

/**
 * An exact Java port of vaderSentiment 3.3.2's {@code SentimentIntensityAnalyzer.polarity_scores};
 * immutable and safe to share between threads.
 */
public final class VaderAnalyzer {
    private static final double EXCLAMATION_BOOST = 0.292;
    private static final int MAX_EXCLAMATIONS = 4;
    private static final double QUESTION_BOOST = 0.18;
    private static final double MAX_QUESTION_BOOST = 0.96;
    private static final double ALPHA = 15;

    private final VaderLexicon lexicon;
    private final WordTable words;
    private final ValenceRules rules;
    private final int but;

    public VaderAnalyzer(VaderLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.words = lexicon.words();
        this.rules = new ValenceRules(words, lexicon.specialCases(), lexicon.boosterPhrases());
        this.but = words.find("but");
    }

    /** An analyser over the lexicons bundled with this module. */
    public static VaderAnalyzer withBundledLexicon() {
        return new VaderAnalyzer(VaderLexicon.fromClasspath());
    }

    public VaderLexicon lexicon() {
        return lexicon;
    }

    /**
     * Scores any text without throwing: as in Python, a text with no words (empty, whitespace) gives all
     * zeros, and words without sentiment give neu 1.0; either way the label is neutral.
     */
    public VaderScores polarityScores(String text) {
        Objects.requireNonNull(text, "text");
        SentiText t = SentiText.of(text, words);
        if (!t.isAscii()) {
            String withoutEmojis = lexicon.emojis().replace(text);
            if (!withoutEmojis.equals(text)) {
                t = SentiText.of(withoutEmojis, words);
            }
        }
        int n = t.size();
        if (n == 0) {
            return VaderScores.EMPTY;
        }
        double[] sentiments = new double[n];
        int butIndex = -1;
        for (int i = 0; i < n; i++) {
            sentiments[i] = rules.sentiment(t, i);
            if (butIndex < 0 && t.id(i) == but) {
                butIndex = i;
            }
        }
        if (butIndex >= 0) {
            ButWeighting.apply(sentiments, n, butIndex);
        }
        return scoreValence(sentiments, n, punctuationEmphasis(t));
    }

    private static double punctuationEmphasis(SentiText t) {
        double exclamation = Math.min(t.exclamations(), MAX_EXCLAMATIONS) * EXCLAMATION_BOOST;
        int questions = t.questions();
        double question = 0;
        if (questions > 1) {
            question = questions <= 3 ? questions * QUESTION_BOOST : MAX_QUESTION_BOOST;
        }
        return exclamation + question;
    }

    /** {@code score_valence}; every operation in the original's order, since doubles do not reassociate. */
    private static VaderScores scoreValence(double[] sentiments, int n, double punctuation) {
        double sum = 0.0;
        double posSum = 0.0;
        double negSum = 0.0;
        int neuCount = 0;
        for (int i = 0; i < n; i++) {
            double s = sentiments[i];
            sum += s;
            // +1/-1 compensate for neutral words, which are counted as 1.
            if (s > 0) {
                posSum += (s + 1);
            } else if (s < 0) {
                negSum += (s - 1);
            } else {
                neuCount++;
            }
        }
        if (sum > 0) {
            sum += punctuation;
        } else if (sum < 0) {
            sum -= punctuation;
        }
        double compound = normalize(sum);
        if (posSum > Math.abs(negSum)) {
            posSum += punctuation;
        } else if (posSum < Math.abs(negSum)) {
            negSum -= punctuation;
        }
        double total = posSum + Math.abs(negSum) + neuCount;
        return new VaderScores(
                PythonRounding.round(Math.abs(negSum / total), 3),
                PythonRounding.round(Math.abs(neuCount / total), 3),
                PythonRounding.round(Math.abs(posSum / total), 3),
                PythonRounding.round(compound, 4));
    }

    private static double normalize(double score) {
        double normalized = score / Math.sqrt((score * score) + ALPHA);
        return Math.max(-1.0, Math.min(1.0, normalized));
    }
}
