package io.marketpilot.text.sentiment.learned;

import io.marketpilot.core.MarketPilotException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A seeded, stratified train/test split: each label's rows (in file order) are shuffled with
 * {@code new Random(seed)} and the first round(testShare × count) go to the test set, so both sets keep the
 * label balance and the same seed always picks the same rows.
 */
public record StratifiedSplit(List<LabelledText> train, List<LabelledText> test) {

    public static StratifiedSplit of(List<LabelledText> rows, double testShare, long seed) {
        if (!(testShare > 0 && testShare < 1)) {
            throw MarketPilotException.invalid("test share must lie strictly between 0 and 1");
        }
        Map<String, List<LabelledText>> byLabel = new TreeMap<>();
        rows.forEach(row ->
                byLabel.computeIfAbsent(row.label(), k -> new ArrayList<>()).add(row));
        Random random = new Random(seed);
        List<LabelledText> train = new ArrayList<>();
        List<LabelledText> test = new ArrayList<>();
        for (List<LabelledText> group : byLabel.values()) {
            List<LabelledText> shuffled = new ArrayList<>(group);
            Collections.shuffle(shuffled, random);
            int testCount = (int) Math.round(testShare * shuffled.size());
            test.addAll(shuffled.subList(0, testCount));
            train.addAll(shuffled.subList(testCount, shuffled.size()));
        }
        return new StratifiedSplit(List.copyOf(train), List.copyOf(test));
    }
}
