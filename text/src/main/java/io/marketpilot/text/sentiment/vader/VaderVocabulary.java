package io.marketpilot.text.sentiment.vader;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The word lists and constants hard-coded in vaderSentiment.py (3.3.2), transcribed unchanged. */
final class VaderVocabulary {
    /** Empirically derived boost of a booster word ("very"). */
    static final double B_INCR = 0.293;
    /** Empirically derived damping of a dampener word ("kind of"). */
    static final double B_DECR = -0.293;
    /** Boost of an ALL-CAPS word in a text that is not entirely in capitals. */
    static final double C_INCR = 0.733;
    /** Factor applied to a negated valence. */
    static final double N_SCALAR = -0.74;

    static final List<String> NEGATE = List.of(
            "aint",
            "arent",
            "cannot",
            "cant",
            "couldnt",
            "darent",
            "didnt",
            "doesnt",
            "ain't",
            "aren't",
            "can't",
            "couldn't",
            "daren't",
            "didn't",
            "doesn't",
            "dont",
            "hadnt",
            "hasnt",
            "havent",
            "isnt",
            "mightnt",
            "mustnt",
            "neither",
            "don't",
            "hadn't",
            "hasn't",
            "haven't",
            "isn't",
            "mightn't",
            "mustn't",
            "neednt",
            "needn't",
            "never",
            "none",
            "nope",
            "nor",
            "not",
            "nothing",
            "nowhere",
            "oughtnt",
            "shant",
            "shouldnt",
            "uhuh",
            "wasnt",
            "werent",
            "oughtn't",
            "shan't",
            "shouldn't",
            "uh-uh",
            "wasn't",
            "weren't",
            "without",
            "wont",
            "wouldnt",
            "won't",
            "wouldn't",
            "rarely",
            "seldom",
            "despite");

    /** Boosters and dampeners; the multi-word keys only ever match as n-grams in the idiom check. */
    static final Map<String, Double> BOOSTER_DICT = boosters();

    /** Idioms and phrases whose valence replaces that of the lexicon words inside them. */
    static final Map<String, Double> SPECIAL_CASES = specialCases();

    private VaderVocabulary() {}

    private static Map<String, Double> boosters() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String w : List.of(
                "absolutely",
                "amazingly",
                "awfully",
                "completely",
                "considerable",
                "considerably",
                "decidedly",
                "deeply",
                "effing",
                "enormous",
                "enormously",
                "entirely",
                "especially",
                "exceptional",
                "exceptionally",
                "extreme",
                "extremely",
                "fabulously",
                "flipping",
                "flippin",
                "frackin",
                "fracking",
                "fricking",
                "frickin",
                "frigging",
                "friggin",
                "fully",
                "fuckin",
                "fucking",
                "fuggin",
                "fugging",
                "greatly",
                "hella",
                "highly",
                "hugely",
                "incredible",
                "incredibly",
                "intensely",
                "major",
                "majorly",
                "more",
                "most",
                "particularly",
                "purely",
                "quite",
                "really",
                "remarkably",
                "so",
                "substantially",
                "thoroughly",
                "total",
                "totally",
                "tremendous",
                "tremendously",
                "uber",
                "unbelievably",
                "unusually",
                "utter",
                "utterly",
                "very")) {
            m.put(w, B_INCR);
        }
        for (String w : List.of(
                "almost",
                "barely",
                "hardly",
                "just enough",
                "kind of",
                "kinda",
                "kindof",
                "kind-of",
                "less",
                "little",
                "marginal",
                "marginally",
                "occasional",
                "occasionally",
                "partly",
                "scarce",
                "scarcely",
                "slight",
                "slightly",
                "somewhat",
                "sort of",
                "sorta",
                "sortof",
                "sort-of")) {
            m.put(w, B_DECR);
        }
        return Map.copyOf(m);
    }

    private static Map<String, Double> specialCases() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("the shit", 3.0);
        m.put("the bomb", 3.0);
        m.put("bad ass", 1.5);
        m.put("badass", 1.5);
        m.put("bus stop", 0.0);
        m.put("yeah right", -2.0);
        m.put("kiss of death", -1.5);
        m.put("to die for", 3.0);
        m.put("beating heart", 3.1);
        m.put("broken heart", -2.9);
        return Map.copyOf(m);
    }
}
