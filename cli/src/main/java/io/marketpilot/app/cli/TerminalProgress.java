package io.marketpilot.app.cli;

import io.marketpilot.imports.ImportProgress;
import java.io.Console;
import java.io.PrintStream;
import java.util.Optional;

/** A one-line progress bar on a terminal; silent when output is piped or redirected. */
public final class TerminalProgress implements ImportProgress {
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean enabled;
    private String lastLine = "";

    private TerminalProgress(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    /** A bar on standard error when a console is attached, otherwise nothing. */
    public static TerminalProgress forConsole() {
        return new TerminalProgress(System.err, onTerminal());
    }

    private static boolean onTerminal() {
        return Optional.ofNullable(System.console())
                .map(TerminalProgress::isTerminal)
                .orElse(false);
    }

    /**
     * Up to JDK 21 a console exists only on a terminal; from JDK 22 there is one even when the streams are redirected,
     * and {@code Console.isTerminal()} (not in the JDK 21 API we compile against) tells the two apart.
     */
    private static boolean isTerminal(Console console) {
        if (Runtime.version().feature() < 22) {
            return true;
        }
        try {
            return Boolean.TRUE.equals(Console.class.getMethod("isTerminal").invoke(console));
        } catch (ReflectiveOperationException e) {
            throw new LinkageError("Console.isTerminal() is part of JDK 22 and later", e);
        }
    }

    @Override
    public void update(String stage, long done, long total) {
        if (!enabled) {
            return;
        }
        int filled = total <= 0 ? 0 : (int) (WIDTH * Math.min(1.0, (double) done / total));
        String line = String.format(
                "\r[%s%s] %3d%% %s",
                "#".repeat(filled), ".".repeat(WIDTH - filled), total <= 0 ? 0 : done * 100 / total, stage);
        if (!line.equals(lastLine)) {
            out.print(line + " ".repeat(Math.max(0, lastLine.length() - line.length())));
            out.flush();
            lastLine = line;
        }
    }

    /** Ends the bar's line so later output starts on a fresh one. */
    public void finish() {
        if (enabled && !lastLine.isEmpty()) {
            out.println();
            lastLine = "";
        }
    }
}
