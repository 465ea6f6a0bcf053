package io.marketpilot.app.web.dashboard;

import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.journeys.definition.Change;
import io.marketpilot.journeys.definition.Condition;
import io.marketpilot.journeys.definition.EventMatch;
import io.marketpilot.journeys.definition.Step;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;

/** A journey step in words, for the step list of the Journeys page (the JSON stays the definition). */
final class JourneyStepText {
    private JourneyStepText() {}

    static String describe(Step step) {
        return switch (step) {
            case Step.Wait w -> "wait " + duration(w.duration()) + next(w.next().orElse(""));
            case Step.WaitForSendTime w ->
                "wait for the customer's send hour" + next(w.next().orElse(""));
            case Step.WaitForEvent w ->
                "wait up to " + duration(w.timeout()) + " for " + event(w.event())
                        + w.onTimeout().map(t -> "; else → " + t).orElse("")
                        + next(w.next().orElse(""));
            case Step.Branch b -> "if " + condition(b.condition()) + " → " + b.then() + ", else → " + b.otherwise();
            case Step.Send s ->
                "send " + s.channel().wireName() + " " + content(s.content())
                        + s.topic().map(t -> " (topic " + t + ")").orElse("")
                        + next(s.next().orElse(""));
            case Step.Update u -> change(u.change()) + next(u.next().orElse(""));
            case Step.Exit e -> "exit";
        };
    }

    private static String next(String target) {
        return target.isEmpty() ? "" : " → " + target;
    }

    private static String content(ContentRef ref) {
        return switch (ref) {
            case ContentRef.Approved a ->
                a.contentIds().stream().map(id -> "#" + id).collect(Collectors.joining(", ", "content ", ""));
            case ContentRef.Experiment x -> "experiment " + x.experimentId();
        };
    }

    private static String condition(Condition c) {
        return switch (c) {
            case Condition.InSegment s -> "in segment " + s.segment();
            case Condition.Feature f -> f.feature() + " " + side(f.comparison().wireName()) + " " + f.threshold();
            case Condition.EventSeen e ->
                event(e.event()) + " seen"
                        + e.within().map(w -> " within " + duration(w)).orElse("");
            case Condition.ExperimentArm a -> "arm " + a.arm() + " of experiment " + a.experimentId();
            case Condition.PredictionIs p ->
                p.prediction().wireName() + " " + side(p.comparison().wireName()) + " " + p.threshold();
        };
    }

    private static String change(Change c) {
        return switch (c) {
            case Change.AddTag t -> "tag " + t.tag();
            case Change.RemoveTag t -> "untag " + t.tag();
            case Change.SetConsent s ->
                (s.optedIn() ? "opt in to " : "opt out of ") + s.channel().wireName() + " topic " + s.topic();
        };
    }

    private static String event(EventMatch e) {
        return e.properties().isEmpty() ? e.type() : e.type() + " " + e.properties();
    }

    private static String side(String wire) {
        return wire.equals("at_least") ? "≥" : "<";
    }

    /** An ISO duration the way people say it: 2 hours, 3 days, 90 minutes. */
    static String duration(Duration d) {
        if (d.toMinutes() % (24 * 60) == 0) {
            return plural(d.toDays(), "day");
        }
        if (d.toMinutes() % 60 == 0) {
            return plural(d.toHours(), "hour");
        }
        return plural(d.toMinutes(), "minute");
    }

    private static String plural(long n, String unit) {
        return String.format(Locale.ROOT, "%d %s%s", n, unit, n == 1 ? "" : "s");
    }
}
