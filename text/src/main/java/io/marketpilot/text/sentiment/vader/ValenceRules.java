package io.marketpilot.text.sentiment.vader;

import static io.marketpilot.text.sentiment.vader.VaderVocabulary.C_INCR;
import static io.marketpilot.text.sentiment.vader.VaderVocabulary.N_SCALAR;

/**
 * The per-word rules of {@code sentiment_valence} and its checks (boosters, negation, "no",
 * ALL CAPS, idioms, "least"), kept in the original's order because the order changes results.
 */
final class ValenceRules {
    private final WordTable table;
    private final PhraseTable specialCases;
    private final PhraseTable boosterPhrases;
    private final int no;
    private final int or;
    private final int nor;
    private final int kind;
    private final int of;
    private final int never;
    private final int so;
    private final int this_;
    private final int without;
    private final int doubt;
    private final int least;
    private final int at;
    private final int very;

    ValenceRules(WordTable table, PhraseTable specialCases, PhraseTable boosterPhrases) {
        this.table = table;
        this.specialCases = specialCases;
        this.boosterPhrases = boosterPhrases;
        no = required(table, "no");
        or = required(table, "or");
        nor = required(table, "nor");
        kind = required(table, "kind");
        of = required(table, "of");
        never = required(table, "never");
        so = required(table, "so");
        this_ = required(table, "this");
        without = required(table, "without");
        doubt = required(table, "doubt");
        least = required(table, "least");
        at = required(table, "at");
        very = required(table, "very");
    }

    private static int required(WordTable table, String word) {
        int id = table.find(word);
        if (id == WordTable.UNKNOWN) {
            // An unknown id would compare equal to every unknown word of the text.
            throw new IllegalStateException("rule word missing from the word table: " + word);
        }
        return id;
    }

    /** The words the rules compare against; the lexicon loader must register them. */
    static String[] ruleWords() {
        return new String[] {
            "no", "or", "nor", "kind", "of", "never", "so", "this", "without", "doubt", "least", "at", "very", "but"
        };
    }

    /** The loop body of {@code polarity_scores}: boosters and "kind of" score 0, the rest by the rules. */
    double sentiment(SentiText t, int i) {
        int id = t.id(i);
        if (table.isBooster(id)) {
            return 0.0;
        }
        if (i < t.size() - 1 && id == kind && t.id(i + 1) == of) {
            return 0.0;
        }
        return valence(t, i);
    }

    private double valence(SentiText t, int i) {
        int id = t.id(i);
        double lexiconValence = table.valence(id);
        if (Double.isNaN(lexiconValence)) {
            return 0.0;
        }
        double valence = lexiconValence;
        int n = t.size();
        // "no" right before a lexicon word negates that word instead of counting on its own.
        if (id == no && i != n - 1 && table.inLexicon(t.id(i + 1))) {
            valence = 0.0;
        }
        if ((i > 0 && t.id(i - 1) == no)
                || (i > 1 && t.id(i - 2) == no)
                || (i > 2 && t.id(i - 3) == no && (t.id(i - 1) == or || t.id(i - 1) == nor))) {
            valence = lexiconValence * N_SCALAR;
        }
        boolean capDifferential = t.isCapDifferential();
        if (t.isUpper(i) && capDifferential) {
            valence = valence > 0 ? valence + C_INCR : valence - C_INCR;
        }
        for (int startI = 0; startI < 3; startI++) {
            int j = i - (startI + 1);
            if (i > startI && !table.inLexicon(t.id(j))) {
                double s = scalarIncDec(t, j, valence, capDifferential);
                if (startI == 1 && s != 0) {
                    s = s * 0.95;
                }
                if (startI == 2 && s != 0) {
                    s = s * 0.9;
                }
                valence = valence + s;
                valence = negationCheck(valence, t, startI, i);
                if (startI == 2) {
                    valence = specialIdiomsCheck(valence, t, i);
                }
            }
        }
        return leastCheck(valence, t, i);
    }

    private double scalarIncDec(SentiText t, int j, double valence, boolean capDifferential) {
        double scalar = 0.0;
        int id = t.id(j);
        if (table.isBooster(id)) {
            scalar = table.boosterScalar(id);
            if (valence < 0) {
                scalar *= -1;
            }
            if (t.isUpper(j) && capDifferential) {
                scalar = valence > 0 ? scalar + C_INCR : scalar - C_INCR;
            }
        }
        return scalar;
    }

    private double negationCheck(double valence, SentiText t, int startI, int i) {
        switch (startI) {
            case 0 -> {
                if (t.isNegated(i - 1)) {
                    return valence * N_SCALAR;
                }
            }
            case 1 -> {
                int w2 = t.id(i - 2);
                int w1 = t.id(i - 1);
                if (w2 == never && (w1 == so || w1 == this_)) {
                    return valence * 1.25;
                } else if (w2 == without && w1 == doubt) {
                    return valence;
                } else if (t.isNegated(i - 2)) {
                    return valence * N_SCALAR;
                }
            }
            default -> {
                int w3 = t.id(i - 3);
                int w2 = t.id(i - 2);
                int w1 = t.id(i - 1);
                // Python's precedence makes "so"/"this" right before the word boost it even without
                // "never": `a and (b or c) or (d or e)`.
                if ((w3 == never && (w2 == so || w2 == this_)) || (w1 == so || w1 == this_)) {
                    return valence * 1.25;
                } else if (w3 == without && (w2 == doubt || w1 == doubt)) {
                    return valence;
                } else if (t.isNegated(i - 3)) {
                    return valence * N_SCALAR;
                }
            }
        }
        return valence;
    }

    /** Only reached with i >= 3 and a non-lexicon word three back, as in the original. */
    private double specialIdiomsCheck(double valence, SentiText t, int i) {
        int w0 = t.id(i);
        int w1 = t.id(i - 1);
        int w2 = t.id(i - 2);
        int w3 = t.id(i - 3);
        double special = specialCases.lookup(w1, w0);
        if (Double.isNaN(special)) {
            special = specialCases.lookup(w2, w1, w0);
        }
        if (Double.isNaN(special)) {
            special = specialCases.lookup(w2, w1);
        }
        if (Double.isNaN(special)) {
            special = specialCases.lookup(w3, w2, w1);
        }
        if (Double.isNaN(special)) {
            special = specialCases.lookup(w3, w2);
        }
        if (!Double.isNaN(special)) {
            valence = special;
        }
        int n = t.size();
        if (n - 1 > i) {
            double after = specialCases.lookup(w0, t.id(i + 1));
            if (!Double.isNaN(after)) {
                valence = after;
            }
        }
        if (n - 1 > i + 1) {
            double after = specialCases.lookup(w0, t.id(i + 1), t.id(i + 2));
            if (!Double.isNaN(after)) {
                valence = after;
            }
        }
        // Booster bigrams such as "kind of" before the word; no booster key has three words.
        double booster = boosterPhrases.lookup(w3, w2);
        if (!Double.isNaN(booster)) {
            valence = valence + booster;
        }
        booster = boosterPhrases.lookup(w2, w1);
        if (!Double.isNaN(booster)) {
            valence = valence + booster;
        }
        return valence;
    }

    private double leastCheck(double valence, SentiText t, int i) {
        if (i > 1 && !table.inLexicon(t.id(i - 1)) && t.id(i - 1) == least) {
            if (t.id(i - 2) != at && t.id(i - 2) != very) {
                valence = valence * N_SCALAR;
            }
        } else if (i > 0 && !table.inLexicon(t.id(i - 1)) && t.id(i - 1) == least) {
            valence = valence * N_SCALAR;
        }
        return valence;
    }
}
