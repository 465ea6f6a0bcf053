package io.marketpilot.profiling.persona;

import static io.marketpilot.profiling.features.FeatureDefinition.FREQUENCY;
import static io.marketpilot.profiling.features.FeatureDefinition.MONETARY;
import static io.marketpilot.profiling.features.FeatureDefinition.RECENCY;
import static io.marketpilot.profiling.features.FeatureDefinition.TENURE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Names checked against the figures they stand for, on many random segmentations: the words of a name are read
 * here independently of the naming code, and each must agree with the segment's numbers.
 */
class PersonaNamesConsistencyTest {
    private final RuleBasedPersonaWriter writer = new RuleBasedPersonaWriter();

    @Test
    void namesAreUniqueAndNeverContradictTheSegmentsFigures() {
        var random = new SplittableRandom(20261206);
        for (int run = 0; run < 500; run++) {
            List<SegmentFacts> segments = randomSegments(random, 3 + random.nextInt(8));
            List<Persona> personas = writer.write(segments);

            assertThat(personas).extracting(Persona::name).doesNotHaveDuplicates();
            for (int s = 0; s < segments.size(); s++) {
                assertConsistent(personas.get(s).name(), segments.get(s));
            }
        }
    }

    private static void assertConsistent(String name, SegmentFacts f) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        boolean slipping = f.z(RECENCY) >= 0.5
                || f.churnRisk().orElse(0) >= 0.5
                || (f.median(FREQUENCY) >= 2 && f.overdue().orElse(0) >= 3);
        assertThat(name).as("no numbering").doesNotMatch(".*\\(\\d+\\)$");
        if (lower.contains("loyal") || lower.contains("steady") || lower.startsWith("active")) {
            assertThat(slipping)
                    .as("%s: recency z %.2f, churn %s", name, f.z(RECENCY), f.churnRisk())
                    .isFalse();
        }
        if (lower.startsWith("at-risk") || lower.startsWith("lapsed")) {
            assertThat(slipping).as(name).isTrue();
        }
        if (lower.contains("one-off")) {
            assertThat(f.median(FREQUENCY)).as(name).isLessThanOrEqualTo(1);
        }
        if (lower.contains("big spend") || lower.contains("high-value") || lower.contains("big-spending")) {
            assertThat(f.z(MONETARY)).as(name).isGreaterThanOrEqualTo(0.5);
        }
        if (lower.contains("low-spending")) {
            assertThat(f.z(MONETARY)).as(name).isLessThanOrEqualTo(-0.5);
        }
        if (lower.contains("regulars") || lower.contains("loyalists")) {
            assertThat(f.z(FREQUENCY)).as(name).isGreaterThanOrEqualTo(0.5);
        }
        if (lower.startsWith("new")) {
            assertThat(f.median(TENURE)).as(name).isLessThanOrEqualTo(90);
        }
    }

    private static List<SegmentFacts> randomSegments(SplittableRandom random, int k) {
        List<SegmentFacts> segments = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            Map<String, Double> z = new HashMap<>();
            for (String column : Facts.COLUMNS) {
                // coarse values so that namesakes are common and disambiguation is exercised
                z.put(column, Math.round(random.nextDouble(-2, 2) * 2) / 2.0);
            }
            Map<String, Double> medians = Map.of(
                    FREQUENCY, 1.0 + random.nextInt(6),
                    TENURE, 10.0 + random.nextInt(600),
                    RECENCY, (double) random.nextInt(400),
                    MONETARY, 10.0 + random.nextInt(900));
            OptionalDouble churn =
                    random.nextBoolean() ? OptionalDouble.of(random.nextDouble()) : OptionalDouble.empty();
            OptionalDouble overdue =
                    random.nextBoolean() ? OptionalDouble.of(random.nextDouble(0, 8)) : OptionalDouble.empty();
            segments.add(Facts.of(s, z, medians, churn, overdue));
        }
        return segments;
    }
}
