package io.marketpilot.app;

/** Entry point of the fat jar: the {@code marketpilot} command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(Application.commandLine().execute(args));
    }
}
