package io.marketpilot.app.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.app.Application;
import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.services.Services;
import io.marketpilot.content.guard.SecondReader;
import io.marketpilot.content.guard.SecondReading;
import io.marketpilot.core.llm.OfflineLanguageModel;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configured model as a second reader of copy's wording, over the real OpenAI client and a local
 * OpenAI-compatible server: its findings come back as warnings, its failures are reported, and without a model it
 * says so.
 */
class SecondReaderOpenAiIT {
    static final String COPY = "Our new running shoes: for young people only. Grab a pair today.";

    @TempDir
    Path dir;

    final FakeOpenAiServer fake = FakeOpenAiServer.start();
    Services app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        fake.close();
    }

    SecondReader reader() {
        app = Application.open(
                new MarketPilotConfig(dir, null, null, null, "127.0.0.1", 0).withLlm(fake.settings(0, 5)));
        return new SecondReader(app.languageModel);
    }

    @Test
    void theModelsFindingsBecomeSecondReaderWarnings() {
        SecondReader reader = reader();
        fake.reply("{\"findings\":[{\"category\":\"age\",\"phrase\":\"for young people only\","
                + "\"why\":\"shuts out older runners\"}]}");

        SecondReading reading = reader.read(COPY, "en", "test");

        assertThat(reading.status()).isEqualTo(SecondReading.READ);
        assertThat(reading.reader()).contains(FakeOpenAiServer.MODEL);
        assertThat(reading.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(SecondReader.RULE);
            assertThat(f.severity()).isEqualTo("warning");
            assertThat(f.message())
                    .contains("age")
                    .contains("for young people only")
                    .contains("older runners");
        });
        assertThat(fake.requests()).hasSize(1);
        assertThat(fake.requests().getFirst().lastUserMessage())
                .contains("<copy>")
                .contains("young people only");
    }

    @Test
    void aCleanReadingHasNoFindings() {
        SecondReader reader = reader();
        fake.reply("{\"findings\":[]}");

        SecondReading reading = reader.read("Fresh lemonade for the summer, in three flavours.", "en", "test");

        assertThat(reading.status()).isEqualTo(SecondReading.READ);
        assertThat(reading.findings()).isEmpty();
    }

    @Test
    void aFailingModelIsReportedNotTakenForACleanReading() {
        SecondReader reader = reader();
        fake.error(500, "the model is down");

        SecondReading reading = reader.read(COPY, "en", "test");

        assertThat(reading.status()).isEqualTo(SecondReading.FAILED);
        assertThat(reading.findings()).singleElement().satisfies(f -> assertThat(f.rule())
                .isEqualTo(SecondReader.FAILED_RULE));
        assertThat(reading.summary()).contains("failed");
    }

    @Test
    void anAnswerOutOfFormIsAFailure() {
        SecondReader reader = reader();
        fake.reply("Looks fine to me!");

        SecondReading reading = reader.read(COPY, "en", "test");

        assertThat(reading.status()).isEqualTo(SecondReading.FAILED);
        assertThat(reading.note()).contains("not JSON");
    }

    @Test
    void withoutAModelItSaysNoSecondReaderIsConfigured() {
        SecondReading reading = new SecondReader(new OfflineLanguageModel()).read(COPY, "en", "test");

        assertThat(reading.status()).isEqualTo(SecondReading.NOT_CONFIGURED);
        assertThat(reading.note()).contains("no second reader configured");
        assertThat(reading.findings()).isEmpty();
        assertThat(fake.requests()).isEmpty();
    }
}
