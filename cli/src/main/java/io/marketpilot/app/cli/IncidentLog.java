package io.marketpilot.app.cli;

import io.marketpilot.core.files.OwnerOnly;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Where internal failures of the command line go: the stack trace, under a short random id that the user is shown
 * instead, appended to the first of the candidate files that can be written.
 */
final class IncidentLog {
    private static final SecureRandom IDS = new SecureRandom();

    private final List<Path> candidates;

    IncidentLog(List<Path> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    /** A short id to quote to whoever reads the log: 8 hex digits, unique enough among one shop's incidents. */
    static String newId() {
        byte[] bytes = new byte[4];
        IDS.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * Appends the failure with its trace and returns the file written, or empty when none could be. The command
     * path (never its arguments, which may hold a password) says what was running.
     */
    Optional<Path> write(String id, String commandPath, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String entry = Instant.now() + " ERROR incident=" + id + " command=\"" + commandPath + "\"\n" + trace;
        for (Path file : candidates) {
            try {
                Path folder = file.toAbsolutePath().getParent();
                if (folder != null) {
                    OwnerOnly.createDirectories(folder);
                }
                Files.writeString(
                        file, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                return Optional.of(file);
            } catch (IOException | RuntimeException e) {
                // the next candidate, ending with the temporary directory, is tried
            }
        }
        return Optional.empty();
    }
}
