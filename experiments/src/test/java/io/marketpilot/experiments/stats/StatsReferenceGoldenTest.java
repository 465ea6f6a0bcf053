package io.marketpilot.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.experiments.bayes.Beta;
import io.marketpilot.experiments.bayes.BetaComparison;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every statistic checked against the 150 SciPy reference cases (see stats-reference/PROVENANCE.md). */
class StatsReferenceGoldenTest {
    private static final double CLOSED_FORM = 1e-9;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void referenceFileHoldsAll150Cases() {
        assertThat(cases()).hasSize(150);
    }

    @TestFactory
    Stream<DynamicTest> matchesScipyOnEveryReferenceCase() {
        List<JsonNode> cases = cases();
        return Stream.iterate(0, i -> i < cases.size(), i -> i + 1).map(i -> {
            JsonNode c = cases.get(i);
            String name = "line " + (i + 1) + ": " + c.get("test").asText();
            return DynamicTest.dynamicTest(name, () -> check(c));
        });
    }

    private static void check(JsonNode c) {
        SoftAssertions soft = new SoftAssertions();
        switch (c.get("test").asText()) {
            case "two_proportion_z" -> {
                TwoProportionResult r = TwoProportionZTest.test(
                        c.get("conv_a").asLong(),
                        c.get("n_a").asLong(),
                        c.get("conv_b").asLong(),
                        c.get("n_b").asLong());
                close(soft, "z", r.z(), c.get("z").asDouble(), CLOSED_FORM);
                close(soft, "p", r.pValue(), c.get("p_two_sided").asDouble(), CLOSED_FORM);
                close(soft, "diff", r.diff(), c.get("diff").asDouble(), CLOSED_FORM);
                close(soft, "ciLow", r.ciLow(), c.get("ci95_low").asDouble(), CLOSED_FORM);
                close(soft, "ciHigh", r.ciHigh(), c.get("ci95_high").asDouble(), CLOSED_FORM);
            }
            case "srm_chi_square" -> {
                ChiSquareResult r = SampleRatioMismatch.check(longs(c.get("observed")), doubles(c.get("weights")));
                close(soft, "statistic", r.statistic(), c.get("statistic").asDouble(), CLOSED_FORM);
                close(soft, "p", r.pValue(), c.get("p_value").asDouble(), CLOSED_FORM);
                soft.assertThat(r.degreesOfFreedom())
                        .isEqualTo(c.get("observed").size() - 1);
            }
            case "welch_t" -> {
                WelchResult r = WelchTTest.test(
                        new SampleSummary(
                                c.get("mean_a").asDouble(),
                                c.get("sd_a").asDouble(),
                                c.get("n_a").asLong()),
                        new SampleSummary(
                                c.get("mean_b").asDouble(),
                                c.get("sd_b").asDouble(),
                                c.get("n_b").asLong()));
                close(soft, "t", r.t(), c.get("t").asDouble(), CLOSED_FORM);
                close(soft, "df", r.df(), c.get("df").asDouble(), CLOSED_FORM);
                close(soft, "p", r.pValue(), c.get("p_two_sided").asDouble(), CLOSED_FORM);
            }
            case "beta_binomial_prob_b_beats_a" -> {
                Beta prior = new Beta(
                        c.get("prior_alpha").asDouble(), c.get("prior_beta").asDouble());
                Beta a = prior.observe(c.get("conv_a").asLong(), c.get("n_a").asLong());
                Beta b = prior.observe(c.get("conv_b").asLong(), c.get("n_b").asLong());
                close(
                        soft,
                        "P(B>A)",
                        BetaComparison.probGreater(b, a),
                        c.get("prob_b_beats_a").asDouble(),
                        c.get("tolerance").asDouble());
            }
            case "sample_size_two_proportions" -> {
                SampleSizePlan plan = SampleSize.forProportions(
                        c.get("p_baseline").asDouble(),
                        c.get("p_variant").asDouble() - c.get("p_baseline").asDouble(),
                        false,
                        c.get("alpha").asDouble(),
                        c.get("power").asDouble());
                double exact = SampleSize.perArmExact(
                        c.get("p_baseline").asDouble(),
                        c.get("p_variant").asDouble(),
                        c.get("alpha").asDouble(),
                        c.get("power").asDouble());
                close(soft, "exact n", exact, c.get("n_per_arm_exact").asDouble(), CLOSED_FORM);
                soft.assertThat(plan.perArm())
                        .as("n per arm")
                        .isEqualTo(c.get("n_per_arm").asLong());
            }
            default -> soft.fail("unknown reference test " + c.get("test"));
        }
        soft.assertAll();
    }

    /** Relative error, the PROVENANCE criterion; every reference value here is non-zero. */
    private static void close(SoftAssertions soft, String what, double actual, double expected, double relative) {
        soft.assertThat(actual).as(what).isCloseTo(expected, within(relative * Math.abs(expected)));
    }

    private static List<JsonNode> cases() {
        var stream = Objects.requireNonNull(
                StatsReferenceGoldenTest.class.getResourceAsStream("/stats-reference/cases.jsonl"),
                "stats-reference/cases.jsonl is missing from test resources");
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            List<JsonNode> cases = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    cases.add(JSON.readTree(line));
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long[] longs(JsonNode array) {
        long[] out = new long[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asLong();
        }
        return out;
    }

    private static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }
}
