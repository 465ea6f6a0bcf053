package io.marketpilot.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.content.channel.Channel;
import io.marketpilot.content.channel.Copy;
import io.marketpilot.content.compose.OfflineComposer;
import io.marketpilot.content.scale.BoundedRunner;
import io.marketpilot.content.scale.MergeFields;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ScaleTest {
    @Test
    void mergeFieldsAreFilledPerCustomerAndAnEmptyPicksLineDisappears() {
        Copy template = new Copy(
                Channel.EMAIL,
                Map.of(
                        "subject", "Deals",
                        "preheader", "p",
                        "body",
                                "Hi " + OfflineComposer.FIRST_NAME + ",\n\nText.\n\n" + OfflineComposer.PICKED_FOR_YOU
                                        + "\n\nBye",
                        "cta", "Go"));

        Copy ana = MergeFields.fill(
                template, new MergeFields.Recipient("C1", Optional.of("Ana"), List.of("Cable", "Case")), "en");
        Copy nobody = MergeFields.fill(template, new MergeFields.Recipient("C2", Optional.empty(), List.of()), "en");

        assertThat(ana.text("body")).isEqualTo("Hi Ana,\n\nText.\n\nPicked for you: Cable, Case.\n\nBye");
        assertThat(nobody.text("body")).isEqualTo("Hi there,\n\nText.\n\nBye");
    }

    @Test
    void mergedNamesAreWrittenAsTheComposerWritesThem() {
        Copy template = new Copy(
                Channel.SMS, Map.of("text", OfflineComposer.FIRST_NAME + "：" + OfflineComposer.PICKED_FOR_YOU));
        Copy sms = new Copy(
                Channel.SMS,
                Map.of("text", "Hi " + OfflineComposer.FIRST_NAME + ". " + OfflineComposer.PICKED_FOR_YOU));

        Copy zh = MergeFields.fill(
                template,
                new MergeFields.Recipient("C1", Optional.of("Alex"), List.of("JUMBO BAG RED RETROSPOT", "轻薄手机壳")),
                "zh");
        Copy en = MergeFields.fill(
                sms, new MergeFields.Recipient("C1", Optional.of("Alex"), List.of("JUMBO BAG RED RETROSPOT")), "en");

        assertThat(zh.text("text")).isEqualTo("亲爱的顾客：为你精选：轻薄手机壳。");
        assertThat(en.text("text")).isEqualTo("Hi Alex. Picked for you: Jumbo bag red retrospot.");
    }

    @Test
    void runsEveryKeyWithinTheConcurrencyBoundRetriesAndListsWhatStillFails() throws Exception {
        List<String> keys = IntStream.range(0, 200).mapToObj(i -> "C" + i).toList();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        Map<String, Integer> attempts = new ConcurrentHashMap<>();
        AtomicInteger lastProgress = new AtomicInteger();

        BoundedRunner.Outcome<String> out = BoundedRunner.run(
                keys,
                key -> {
                    int now = running.incrementAndGet();
                    peak.accumulateAndGet(now, Math::max);
                    try {
                        Thread.sleep(2);
                        int n = attempts.merge(key, 1, Integer::sum);
                        if (key.equals("C7")) {
                            throw new IllegalStateException("always fails");
                        }
                        if (key.endsWith("3") && n == 1) {
                            throw new IllegalStateException("flaky once");
                        }
                        return key.toLowerCase(Locale.ROOT);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    } finally {
                        running.decrementAndGet();
                    }
                },
                8,
                1,
                (done, total) -> lastProgress.accumulateAndGet(done, Math::max));

        assertThat(peak.get()).isLessThanOrEqualTo(8);
        assertThat(out.results()).hasSize(199).contains("c3", "c13", "c199");
        assertThat(out.failed()).containsOnlyKeys("C7");
        assertThat(out.failed().get("C7")).isEqualTo("always fails");
        assertThat(attempts.get("C7")).isEqualTo(2);
        assertThat(lastProgress.get()).isEqualTo(200);
    }
}
