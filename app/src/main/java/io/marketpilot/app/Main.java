package io.marketpilot.app;

import io.marketpilot.app.cli.MarketPilotCommand;

/** Entry point of the fat jar: the {@code marketpilot} command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(MarketPilotCommand.commandLine().execute(args));
    }
}
