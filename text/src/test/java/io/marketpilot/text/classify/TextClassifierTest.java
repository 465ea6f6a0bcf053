package io.marketpilot.text.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.text.embedding.BilingualEmbedder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextClassifierTest {
    private static final List<String> BILLING = List.of(
            "I was charged twice on my invoice",
            "the refund for my invoice never arrived on my card",
            "why is there an extra charge on my bill",
            "please refund the double charge on my credit card",
            "my bill shows a charge I never made",
            "the invoice total is wrong, refund the difference",
            "charged for a subscription I cancelled, want a refund",
            "billing took money from my card twice",
            "the charge on my statement is higher than the invoice",
            "refund still pending on my card after two weeks",
            "wrong amount billed to my credit card",
            "invoice number missing and card charged anyway");
    private static final List<String> DELIVERY = List.of(
            "the parcel arrived three days late",
            "courier left the package at the wrong door",
            "my parcel is stuck at the depot",
            "delivery driver never showed up with the package",
            "tracking says delivered but no parcel arrived",
            "the courier lost my package",
            "shipping took two weeks and the box was crushed",
            "package delivered to my neighbour by the courier",
            "parcel tracking has not updated since monday",
            "the delivery van came after the promised slot",
            "box arrived damaged by the courier",
            "still waiting for the parcel to be shipped");
    private static final ClassifierSettings SETTINGS =
            new ClassifierSettings(List.of(1e-4, 1e-2, 1e-1), 3, ClassifierSettings.Embeddings.ALWAYS, 12, 7);

    private static TrainingResult trained;
    private static final BilingualEmbedder EMBEDDERS = FakeEmbedder.pair();

    @BeforeAll
    static void train() {
        trained = new ClassifierTrainer(EMBEDDERS).train("support", examples(), SETTINGS, line -> {});
    }

    static List<LabelledExample> examples() {
        List<LabelledExample> out = new ArrayList<>();
        BILLING.forEach(t -> out.add(new LabelledExample("billing", t)));
        DELIVERY.forEach(t -> out.add(new LabelledExample("delivery", t)));
        return out;
    }

    @Test
    void separatesObviouslySeparableClassesOutOfFoldAndOnNewText() {
        TrainingReport report = trained.report();

        assertThat(report.macroF1()).isGreaterThanOrEqualTo(0.9);
        assertThat(report.language()).isEqualTo("en");
        assertThat(report.labelCounts()).containsEntry("billing", 12).containsEntry("delivery", 12);
        assertThat(label("they charged my card and I need a refund")).isEqualTo("billing");
        assertThat(label("the courier says the parcel was delivered")).isEqualTo("delivery");
    }

    @Test
    void crossValidationChoosesOneValueOfTheGridAndReportsEach() {
        TrainingReport report = trained.report();

        assertThat(SETTINGS.l2Grid()).contains(report.chosenL2());
        assertThat(report.crossValidatedMacroF1().keySet())
                .containsExactlyElementsOf(SETTINGS.l2Grid().stream()
                        .map(l2 -> "ngrams+fake-en l2=" + l2)
                        .toList());
        double best = report.crossValidatedMacroF1().values().stream()
                .mapToDouble(Double::doubleValue)
                .max()
                .orElseThrow();
        assertThat(report.crossValidatedMacroF1().get(report.features() + " l2=" + report.chosenL2()))
                .isEqualTo(best);
        assertThat(report.features()).isEqualTo("ngrams+fake-en");
        assertThat(report.learningCurve()).hasSize(3);
        assertThat(report.learningCurve().get(2).macroF1()).isEqualTo(report.macroF1());
        assertThat(report.perClass()).extracting(ClassMetrics::label).containsExactly("billing", "delivery");
        assertThat(report.toMarkdown()).contains("| billing |").contains("macro-F1");
    }

    @Test
    void calibratedProbabilitiesSumToOneAndTheConfidenceIsTheLargest() {
        Prediction p = prediction("my invoice has a strange charge");

        assertThat(trained.report().temperature()).isPositive();
        assertThat(p.probabilities().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isCloseTo(1.0, within(1e-9));
        assertThat(p.confidence()).isEqualTo(p.probabilities().get(p.label()));
        assertThat(p.probabilities().keySet()).containsExactly("billing", "delivery");
    }

    @Test
    void bytesRoundTripToIdenticalPredictions() {
        byte[] bytes = trained.classifier().toBytes();
        TextClassifier read = TextClassifier.fromBytes(bytes, EMBEDDERS);
        List<String> texts = List.of("refund my card", "parcel late again", "hello there", "box and bill");

        assertThat(read.classifyAll(texts)).isEqualTo(trained.classifier().classifyAll(texts));
        assertThat(read.model()).isEqualTo("fake-en+ngrams+softmax/support");
        assertThat(read.labels()).isEqualTo(trained.classifier().labels());
    }

    @Test
    void aModelReadWithAnotherEmbeddingModelIsRefused() {
        byte[] bytes = trained.classifier().toBytes();
        BilingualEmbedder other = new BilingualEmbedder(
                new io.marketpilot.text.language.LanguageDetector(),
                new FakeEmbedder("other-en"),
                new FakeEmbedder("fake-zh"));

        assertThatThrownBy(() -> TextClassifier.fromBytes(bytes, other))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("fake-en");
        assertThatThrownBy(() -> TextClassifier.fromBytes(new byte[] {1, 2, 3}, EMBEDDERS))
                .isInstanceOf(MarketPilotException.class);
    }

    @Test
    void aStoredVectorGivesTheSamePredictionAsEmbeddingAgain() {
        String text = "courier lost the parcel";
        float[] stored = EMBEDDERS.forText(text).embed(text);

        assertThat(trained.classifier().classifyWithVector(text, stored)).isEqualTo(prediction(text));
    }

    @Test
    void textOfTheOtherLanguageOrEmptyIsNotClassified() {
        List<ClassifierOutcome> out = trained.classifier().classifyAll(List.of("快递三天才到，包装也坏了", " "));

        assertThat(out.get(0)).isInstanceOfSatisfying(ClassifierOutcome.NotClassified.class, n -> {
            assertThat(n.language()).isEqualTo("zh");
            assertThat(n.reason()).contains("English");
        });
        assertThat(out.get(1)).isInstanceOf(ClassifierOutcome.NotClassified.class);
        assertThatThrownBy(() -> trained.classifier().classifyWithVector("快递三天才到", new float[16]))
                .isInstanceOf(MarketPilotException.class);
    }

    @Test
    void chineseExamplesMakeAChineseModelThatDeclinesEnglish() {
        List<LabelledExample> zh = new ArrayList<>();
        List.of("发票金额不对", "信用卡被扣了两次钱", "退款还没到账", "账单上多收了费用").forEach(t -> zh.add(new LabelledExample("billing", t)));
        List.of("快递三天才到", "包裹被快递员弄丢了", "物流一直没有更新", "包装箱送到时压坏了")
                .forEach(t -> zh.add(new LabelledExample("delivery", t)));
        ClassifierSettings settings =
                new ClassifierSettings(List.of(1e-3), 2, ClassifierSettings.Embeddings.ALWAYS, 12, 1);

        TextClassifier model = new ClassifierTrainer(EMBEDDERS)
                .train("zh", zh, settings, l -> {})
                .classifier();

        assertThat(model.language()).isEqualTo("zh");
        assertThat(model.model()).startsWith("fake-zh+");
        assertThat(model.classify("the parcel is late")).isInstanceOf(ClassifierOutcome.NotClassified.class);
        assertThat(model.classify("快递还没到")).isInstanceOf(ClassifierOutcome.Classified.class);
    }

    @Test
    void refusesOneLabelTooFewExamplesPerLabelAndBlankText() {
        ClassifierTrainer trainer = new ClassifierTrainer(EMBEDDERS);
        List<LabelledExample> one = List.of(new LabelledExample("a", "x y"), new LabelledExample("a", "y z"));
        List<LabelledExample> few = new ArrayList<>(examples());
        few.add(new LabelledExample("returns", "send it back"));

        assertThatThrownBy(() -> trainer.train("m", one, SETTINGS, l -> {}))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("at least two labels");
        assertThatThrownBy(() -> trainer.train("m", few, SETTINGS, l -> {}))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("'returns' has 1 example");
        assertThatThrownBy(() -> new LabelledExample("a", "  "))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("blank text");
        assertThatThrownBy(() -> new LabelledExample(" ", "text")).isInstanceOf(MarketPilotException.class);
    }

    @Test
    void withoutEmbeddingsTheModelNamesNoEmbeddingModelAndNeverEmbeds() {
        FakeEmbedder english = new FakeEmbedder("fake-en");
        BilingualEmbedder counting = new BilingualEmbedder(
                new io.marketpilot.text.language.LanguageDetector(), english, new FakeEmbedder("fake-zh"));

        TextClassifier model = new ClassifierTrainer(counting)
                .train("plain", examples(), SETTINGS.withEmbeddings(ClassifierSettings.Embeddings.NEVER), l -> {})
                .classifier();

        assertThat(model.model()).isEqualTo("ngrams+softmax/plain");
        assertThat(((ClassifierOutcome.Classified) model.classify("refund the charge"))
                        .prediction()
                        .label())
                .isEqualTo("billing");
        assertThat(english.embedded.get()).isZero();
    }

    private static Prediction prediction(String text) {
        return ((ClassifierOutcome.Classified) trained.classifier().classify(text)).prediction();
    }

    private static String label(String text) {
        return prediction(text).label();
    }

    @Test
    void withEmbeddingsOnAutoBothFeatureSetsAreCrossValidatedAndTheBetterIsKept() {
        TrainingReport report = new ClassifierTrainer(EMBEDDERS)
                .train("auto", examples(), SETTINGS.withEmbeddings(ClassifierSettings.Embeddings.AUTO), l -> {})
                .report();

        assertThat(report.crossValidatedMacroF1().keySet())
                .containsExactlyElementsOf(java.util.stream.Stream.of("ngrams", "ngrams+fake-en")
                        .flatMap(f -> SETTINGS.l2Grid().stream().map(l2 -> f + " l2=" + l2))
                        .toList());
        double bestOf = report.crossValidatedMacroF1().values().stream()
                .mapToDouble(Double::doubleValue)
                .max()
                .orElseThrow();
        assertThat(report.crossValidatedMacroF1().get(report.features() + " l2=" + report.chosenL2()))
                .isEqualTo(bestOf);
        assertThat(report.macroF1()).isEqualTo(bestOf);
    }
}
