package io.marketpilot.app.cli;

import io.marketpilot.imports.ImportProgress;
import java.io.PrintStream;

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
        return new TerminalProgress(System.err, System.console() != null);
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
