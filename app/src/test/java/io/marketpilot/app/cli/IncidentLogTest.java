package io.marketpilot.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentLogTest {
    @Test
    void fallsBackToTheNextFileWhenOneCannotBeWritten(@TempDir Path dir) throws Exception {
        Path blocker = Files.writeString(dir.resolve("a-file"), "x");
        Path unwritable = blocker.resolve("logs/marketpilot.log"); // its directory would be inside a file
        Path fallback = dir.resolve("marketpilot-error.log");

        var written = new IncidentLog(List.of(unwritable, fallback)).write("0badcafe", "marketpilot x", new Error("e"));

        assertThat(written).hasValue(fallback);
        assertThat(Files.readString(fallback)).contains("incident=0badcafe", "java.lang.Error: e");
    }

    @Test
    void appendsSoThatEarlierIncidentsStay(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("marketpilot.log");
        IncidentLog log = new IncidentLog(List.of(file));

        log.write("00000001", "marketpilot a", new RuntimeException("first"));
        log.write("00000002", "marketpilot b", new RuntimeException("second"));

        assertThat(Files.readString(file)).contains("incident=00000001", "first", "incident=00000002", "second");
    }

    @Test
    void idsAreEightHexDigits() {
        assertThat(IncidentLog.newId()).matches("[0-9a-f]{8}");
    }
}
