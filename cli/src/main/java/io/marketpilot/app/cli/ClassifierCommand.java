package io.marketpilot.app.cli;

import io.marketpilot.app.classify.ClassifierSummary;
import io.marketpilot.app.services.Services;
import io.marketpilot.core.classifier.ClassifierVersion;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marketpilot classifier list|versions|activate}: the shop's trained classifiers and their versions. */
@Command(
        name = "classifier",
        description = "The text classifiers trained on the shop's own labels: list them, compare a name's versions,"
                + " choose the active one.",
        subcommands = {
            ClassifierCommand.ListClassifiers.class,
            ClassifierCommand.Versions.class,
            ClassifierCommand.Activate.class
        })
public final class ClassifierCommand {
    private ClassifierCommand() {}

    @Command(name = "list", description = "The active version of every classifier.")
    static final class ListClassifiers implements Runnable {
        @Mixin
        StoreOptions store;

        @Option(names = "--format", defaultValue = "table", description = "table | jsonl | csv | json")
        String format;

        @Override
        public void run() {
            try (Services app = store.open()) {
                print(app.classifiers.classifiers(), format);
            }
        }
    }

    @Command(name = "versions", description = "Every version of one classifier, newest first, with its figures.")
    static final class Versions implements Runnable {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Mixin
        StoreOptions store;

        @Option(names = "--format", defaultValue = "table", description = "table | jsonl | csv | json")
        String format;

        @Override
        public void run() {
            try (Services app = store.open()) {
                print(app.classifiers.versions(name), format);
            }
        }
    }

    @Command(name = "activate", description = "Make one version the one that answers for its name.")
    static final class Activate implements Runnable {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "VERSION")
        int version;

        @Mixin
        StoreOptions store;

        @Override
        public void run() {
            try (Services app = store.open()) {
                ClassifierVersion active = app.classifiers.activate(name, version, "cli");
                System.out.println(active.name() + " version " + active.version() + " is now active");
            }
        }
    }

    private static void print(List<ClassifierVersion> versions, String format) {
        Output.records(versions.stream().map(ClassifierSummary::of).toList(), format, System.out);
    }
}
