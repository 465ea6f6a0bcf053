package io.marketpilot.app.cli;

import com.fasterxml.jackson.core.JsonParseException;
import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises the JDK exceptions that a user's input or machine causes (a file that is missing, a directory, a file that
 * is not UTF-8 or not JSON, a value that is not a number or date, a port that is taken) and says in one line what went wrong; anything else is ours to fix.
 */
final class UserCausedFailures {
    private UserCausedFailures() {}

    static Optional<String> explain(Throwable failure) {
        if (causedBy(failure, BindException.class)) {
            // the server's own message names the port; the socket's ("Address already in use") does not
            return Optional.of("cannot start the server: " + failure.getMessage() + " (or choose another with --port)");
        }
        Throwable e = failure;
        // readers wrap the file system's answer, which names the file and the reason better than the wrapper
        while (e instanceof UncheckedIOException && e.getCause() != null) {
            e = e.getCause();
        }
        return switch (e) {
            case NoSuchFileException missing ->
                Optional.of("cannot read " + missing.getFile() + ": no such file or directory");
            case AccessDeniedException denied ->
                Optional.of("cannot access " + denied.getFile() + ": permission denied");
            case FileSystemException other ->
                Optional.of("cannot access " + other.getFile() + ": "
                        + (other.getReason() == null ? other.getClass().getSimpleName() : other.getReason()));
            case FileNotFoundException missing -> Optional.of("cannot read " + missing.getMessage());
            case JsonParseException json ->
                Optional.of("not valid JSON: " + json.getOriginalMessage()
                        + (json.getLocation() == null
                                ? ""
                                : " (line " + json.getLocation().getLineNr() + ", column "
                                        + json.getLocation().getColumnNr() + ")"));
            case CharacterCodingException coding ->
                Optional.of("cannot read a file: it is not valid text in the expected encoding (UTF-8)");
            case NumberFormatException number -> Optional.of("not a number: " + number.getMessage());
            case DateTimeParseException date ->
                Optional.of("not a date or time: '" + date.getParsedString() + "' (" + date.getMessage() + ")");
            case IllegalArgumentException invalid ->
                Optional.of("invalid input" + (invalid.getMessage() == null ? "" : ": " + invalid.getMessage()));
            default -> Optional.empty();
        };
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        // a chain that comes back to an exception already seen (itself, or a cycle) ends there
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
