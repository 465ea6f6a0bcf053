package io.marketpilot.text.sentiment.vader;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ButWeightingTest {

    @Test
    void rescalesTheFirstEqualValueLikePythonsListIndex() {
        // Python on [2, 1, but, 1]: the 2 becomes 1.0 at index 0; the 1 at index 1 is then found at
        // index 0 and halved again; the 0 of "but" is left alone; the last 1 is found at index 1 and
        // halved, so the value after "but" is never boosted.
        double[] s = {2, 1, 0, 1};

        ButWeighting.applyByScanning(s, 4, 2);

        assertThat(s).containsExactly(0.5, 0.5, 0.0, 1.0);
    }

    @Property(tries = 500)
    void indexedVariantMatchesTheLiteralScan(@ForAll("sentiments") double[] sentiments, @ForAll int butSeed) {
        int but = Math.floorMod(butSeed, sentiments.length);
        double[] scanned = sentiments.clone();
        double[] indexed = sentiments.clone();

        ButWeighting.applyByScanning(scanned, scanned.length, but);
        ButWeighting.applyByIndex(indexed, indexed.length, but);

        assertThat(indexed).containsExactly(scanned);
    }

    @Provide
    Arbitrary<double[]> sentiments() {
        // Few distinct values, so that rescaled values collide with later ones as in real texts.
        return Arbitraries.of(0.0, 0.0, 0.0, 1.0, 2.0, 0.5, 1.5, 3.0, 0.75, -1.0, -2.0, -0.5, 2.25)
                .array(double[].class)
                .ofMinSize(1)
                .ofMaxSize(400);
    }
}
