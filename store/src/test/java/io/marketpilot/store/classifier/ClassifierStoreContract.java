package io.marketpilot.store.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.classifier.ClassifierVersion;
import io.marketpilot.store.Database;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The classifier store's behaviour, run against H2 and PostgreSQL by the subclasses. */
abstract class ClassifierStoreContract {
    private static final Instant T0 = Instant.parse("2026-12-01T09:30:00.123456Z");

    protected Database db;
    private JdbcClassifierStore store;

    protected abstract Database open();

    protected void cleanUp() {}

    @BeforeEach
    void setUp() {
        db = open();
        store = new JdbcClassifierStore(db);
    }

    @AfterEach
    void tearDown() {
        cleanUp();
        db.close();
    }

    private static ClassifierVersion trained(String name, double macroF1) {
        return new ClassifierVersion(
                name, 1, T0, "en", List.of("refund", "late delivery", "other"), 120, 0.9, macroF1, "{\"k\":1}", false);
    }

    @Test
    void theFirstVersionOfANameIsActiveAndLaterOnesAreNumberedOnWithoutTakingOver() {
        ClassifierVersion first = store.save(trained("complaints", 0.70), new byte[] {1, 2, 3}, false);
        ClassifierVersion second = store.save(trained("complaints", 0.80), new byte[] {4, 5}, false);

        assertThat(first.version()).isEqualTo(1);
        assertThat(first.active()).isTrue();
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.active()).isFalse();
        assertThat(store.active("complaints"))
                .hasValueSatisfying(v -> assertThat(v.version()).isEqualTo(1));
        assertThat(store.versions("complaints"))
                .extracting(ClassifierVersion::version)
                .containsExactly(2, 1);
        assertThat(store.find("complaints", 2)).hasValueSatisfying(v -> {
            assertThat(v.labels()).containsExactly("refund", "late delivery", "other");
            assertThat(v.macroF1()).isEqualTo(0.80);
            assertThat(v.trainedAt()).isEqualTo(T0);
            assertThat(v.report()).isEqualTo("{\"k\":1}");
            assertThat(v.language()).isEqualTo("en");
            assertThat(v.examples()).isEqualTo(120);
        });
        assertThat(store.model("complaints", 2))
                .hasValueSatisfying(b -> assertThat(b).containsExactly(4, 5));
        assertThat(store.model("complaints", 3)).isEmpty();
    }

    @Test
    void activatingAVersionLeavesExactlyOneActivePerNameAndOtherNamesUntouched() {
        store.save(trained("complaints", 0.70), new byte[] {1}, false);
        store.save(trained("complaints", 0.80), new byte[] {2}, false);
        store.save(trained("intents", 0.60), new byte[] {3}, false);

        assertThat(store.activate("complaints", 2)).isTrue();
        assertThat(store.activate("complaints", 9)).isFalse();

        assertThat(store.versions("complaints"))
                .extracting(ClassifierVersion::version, ClassifierVersion::active)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, true), org.assertj.core.groups.Tuple.tuple(1, false));
        assertThat(store.activeVersions())
                .extracting(ClassifierVersion::name, ClassifierVersion::version)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("complaints", 2),
                        org.assertj.core.groups.Tuple.tuple("intents", 1));
    }

    @Test
    void savingWithActivateHandsTheNameToTheNewVersion() {
        store.save(trained("complaints", 0.70), new byte[] {1}, false);
        ClassifierVersion second = store.save(trained("complaints", 0.80), new byte[] {2}, true);

        assertThat(second.active()).isTrue();
        assertThat(store.active("complaints"))
                .hasValueSatisfying(v -> assertThat(v.version()).isEqualTo(2));
        assertThat(store.versions("complaints"))
                .filteredOn(ClassifierVersion::active)
                .hasSize(1);
    }

    @Test
    void aModelOfSeveralMegabytesReadsBackByteForByte() {
        byte[] model = new byte[3_000_000];
        new java.util.Random(7).nextBytes(model);

        store.save(trained("big", 0.5), model, false);

        assertThat(store.model("big", 1)).hasValueSatisfying(b -> assertThat(b).isEqualTo(model));
    }
}
