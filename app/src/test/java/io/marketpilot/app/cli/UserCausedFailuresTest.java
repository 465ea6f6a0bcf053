package io.marketpilot.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class UserCausedFailuresTest {
    @Test
    void aReaderWrappingAMissingFileIsExplainedByTheFileSystemsAnswer() {
        var wrapped = new UncheckedIOException("cannot read interactions", new NoSuchFileException("u.data"));

        assertThat(UserCausedFailures.explain(wrapped)).hasValue("cannot read u.data: no such file or directory");
    }

    @Test
    void fileSystemRefusalsNameTheFile() {
        assertThat(UserCausedFailures.explain(new AccessDeniedException("/etc/shadow")))
                .hasValue("cannot access /etc/shadow: permission denied");
        assertThat(UserCausedFailures.explain(new FileNotFoundException("a.csv (No such file or directory)")))
                .hasValue("cannot read a.csv (No such file or directory)");
    }

    @Test
    void badNumbersAndDatesAreTheUsersToFix() {
        String thirteenthMonth = "2024-13-01"; // a variable, not a literal: Error Prone rejects a parse it sees fail
        var date = org.junit.jupiter.api.Assertions.assertThrows(
                DateTimeParseException.class, () -> LocalDate.parse(thirteenthMonth));

        assertThat(UserCausedFailures.explain(new NumberFormatException("For input string: \"abc\"")))
                .hasValue("not a number: For input string: \"abc\"");
        assertThat(UserCausedFailures.explain(date)).get().asString().startsWith("not a date or time: '2024-13-01'");
    }

    @Test
    void malformedJsonInAUsersFileSaysWhereItBreaks() {
        var malformed = org.junit.jupiter.api.Assertions.assertThrows(
                JsonParseException.class, () -> new ObjectMapper().readTree("{\"a\": 1,\n  oops}"));

        assertThat(UserCausedFailures.explain(malformed))
                .get()
                .asString()
                .startsWith("not valid JSON: ")
                .endsWith("(line 2, column 3)");
    }

    @Test
    void aPortThatIsTakenIsTheUsersToChange() {
        var taken = new IllegalStateException(
                "Port already in use. Make sure no other process is using port 7070 and try again.",
                new java.io.IOException("Failed to bind", new java.net.BindException("Address already in use")));

        assertThat(UserCausedFailures.explain(taken))
                .hasValue("cannot start the server: Port already in use. Make sure no other process is using port 7070"
                        + " and try again. (or choose another with --port)");
    }

    @Test
    void anythingElseIsAnInternalFailure() {
        assertThat(UserCausedFailures.explain(new IllegalStateException("bug"))).isEmpty();
        assertThat(UserCausedFailures.explain(new NullPointerException())).isEmpty();
        assertThat(UserCausedFailures.explain(new UncheckedIOException(new java.io.IOException("disk"))))
                .isEmpty();
    }
}
