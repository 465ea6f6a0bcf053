package io.marketpilot.text.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedEmbedderTest {
    /** Counts the texts it embeds; the vector is the text's length and first character. */
    static final class Counting implements TextEmbedder {
        final AtomicInteger embedded = new AtomicInteger();

        @Override
        public float[] embed(String text) {
            embedded.incrementAndGet();
            return new float[] {text.length(), text.charAt(0)};
        }

        @Override
        public String model() {
            return "counting/1";
        }

        @Override
        public int dimension() {
            return 2;
        }
    }

    @Test
    void embedsEachTextOnceAndReadsItBackInALaterRun(@TempDir Path dir) {
        Counting inner = new Counting();
        CachedEmbedder cache = new CachedEmbedder(inner, dir);

        List<float[]> first = cache.embedAll(List.of("alpha", "beta", "alpha"));
        List<float[]> again = cache.embedAll(List.of("beta", "alpha"));
        Counting innerLater = new Counting();
        CachedEmbedder reopened = new CachedEmbedder(innerLater, dir);

        assertThat(inner.embedded.get()).isEqualTo(2);
        assertThat(first.get(0)).isEqualTo(new float[] {5, 'a'});
        assertThat(again.get(0)).isEqualTo(first.get(1));
        assertThat(reopened.embed("beta")).isEqualTo(new float[] {4, 'b'});
        assertThat(innerLater.embedded.get()).isZero();
        assertThat(reopened.size()).isEqualTo(2);
    }
}
