package io.marketpilot.journeys.codec;

import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.journeys.definition.Change;
import io.marketpilot.journeys.definition.Comparison;
import io.marketpilot.journeys.definition.Condition;
import io.marketpilot.journeys.definition.CustomerDate;
import io.marketpilot.journeys.definition.EventMatch;
import io.marketpilot.journeys.definition.Goal;
import io.marketpilot.journeys.definition.Prediction;
import io.marketpilot.journeys.definition.ReEntry;
import io.marketpilot.journeys.definition.Trigger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the parts of a journey that are one JSON object with a {@code type}: trigger, condition, change, content,
 * goal and re-entry. Each refusal names the path of the value at fault.
 */
final class PartReader {
    private PartReader() {}

    static Trigger trigger(JsonCursor at) {
        return switch (type(at, "event", "segment", "prediction", "date")) {
            case "event" -> {
                at.allowOnly(Set.of("type", "event", "where"));
                yield new Trigger.OnEvent(event(at));
            }
            case "segment" -> {
                at.allowOnly(Set.of("type", "segment"));
                yield build(
                        at.field("segment"),
                        () -> new Trigger.EntersSegment(at.field("segment").integer()));
            }
            case "prediction" -> {
                at.allowOnly(Set.of("type", "prediction", "crosses", "threshold"));
                Prediction prediction = prediction(at.field("prediction"));
                Comparison side = comparison(at.field("crosses"));
                JsonCursor threshold = at.field("threshold");
                yield build(threshold, () -> new Trigger.PredictionCrosses(prediction, side, threshold.number()));
            }
            default -> {
                at.allowOnly(Set.of("type", "field", "offsetDays"));
                JsonCursor field = at.field("field");
                CustomerDate date = build(field, () -> CustomerDate.parse(field.text()));
                JsonCursor offset = at.field("offsetDays");
                yield build(offset, () -> new Trigger.DateRelative(date, offset.integer()));
            }
        };
    }

    static Condition condition(JsonCursor at) {
        return switch (type(at, "segment", "feature", "event_seen", "experiment_arm", "prediction")) {
            case "segment" -> {
                at.allowOnly(Set.of("type", "segment"));
                JsonCursor segment = at.field("segment");
                yield build(segment, () -> new Condition.InSegment(segment.integer()));
            }
            case "feature" -> {
                at.allowOnly(Set.of("type", "feature", "comparison", "threshold"));
                JsonCursor feature = at.field("feature");
                String name = feature.text();
                Comparison comparison = comparison(at.field("comparison"));
                double threshold = at.field("threshold").number();
                yield build(feature, () -> new Condition.Feature(name, comparison, threshold));
            }
            case "event_seen" -> {
                at.allowOnly(Set.of("type", "event", "where", "within"));
                EventMatch event = event(at);
                var within = at.optional("within").map(w -> build(w, () -> positive(w)));
                yield new Condition.EventSeen(event, within);
            }
            case "experiment_arm" -> {
                at.allowOnly(Set.of("type", "experiment", "arm"));
                String experimentId = at.field("experiment").text();
                String arm = at.field("arm").text();
                yield build(at, () -> new Condition.ExperimentArm(experimentId, arm));
            }
            default -> {
                at.allowOnly(Set.of("type", "prediction", "comparison", "threshold"));
                Prediction prediction = prediction(at.field("prediction"));
                Comparison comparison = comparison(at.field("comparison"));
                JsonCursor threshold = at.field("threshold");
                yield build(threshold, () -> new Condition.PredictionIs(prediction, comparison, threshold.number()));
            }
        };
    }

    static Change change(JsonCursor at) {
        return switch (type(at, "tag", "untag", "consent")) {
            case "tag" -> {
                at.allowOnly(Set.of("type", "tag"));
                JsonCursor tag = at.field("tag");
                yield build(tag, () -> new Change.AddTag(tag.text()));
            }
            case "untag" -> {
                at.allowOnly(Set.of("type", "tag"));
                JsonCursor tag = at.field("tag");
                yield build(tag, () -> new Change.RemoveTag(tag.text()));
            }
            default -> {
                at.allowOnly(Set.of("type", "channel", "topic", "optedIn"));
                ChannelKind channel = channel(at.field("channel"));
                JsonCursor topic = at.field("topic");
                boolean optedIn = at.field("optedIn").bool();
                yield build(topic, () -> new Change.SetConsent(channel, topic.text(), optedIn));
            }
        };
    }

    static ContentRef content(JsonCursor at) {
        return switch (type(at, "approved", "experiment")) {
            case "approved" -> {
                at.allowOnly(Set.of("type", "ids"));
                JsonCursor ids = at.field("ids");
                List<Long> contentIds = new ArrayList<>();
                ids.elements().forEach(id -> contentIds.add(id.positiveLong()));
                yield build(ids, () -> new ContentRef.Approved(contentIds));
            }
            default -> {
                at.allowOnly(Set.of("type", "experiment"));
                JsonCursor experiment = at.field("experiment");
                yield build(experiment, () -> new ContentRef.Experiment(experiment.text()));
            }
        };
    }

    static Goal goal(JsonCursor at) {
        return switch (type(at, "order", "event")) {
            case "order" -> {
                at.allowOnly(Set.of("type"));
                yield new Goal.PlacedOrder();
            }
            default -> {
                at.allowOnly(Set.of("type", "event", "where"));
                yield new Goal.EventHappened(event(at));
            }
        };
    }

    static ReEntry reEntry(JsonCursor at) {
        return switch (type(at, "once", "once_per", "always")) {
            case "once" -> {
                at.allowOnly(Set.of("type"));
                yield new ReEntry.Once();
            }
            case "once_per" -> {
                at.allowOnly(Set.of("type", "period"));
                JsonCursor period = at.field("period");
                yield build(period, () -> new ReEntry.OncePer(period.duration()));
            }
            default -> {
                at.allowOnly(Set.of("type"));
                yield new ReEntry.Always();
            }
        };
    }

    /** The {@code event} and optional {@code where} filter of the object at {@code at}. */
    static EventMatch event(JsonCursor at) {
        JsonCursor type = at.field("event");
        String eventType = type.text();
        Map<String, String> where =
                at.optional("where").map(JsonCursor::strings).orElse(Map.of());
        return build(type, () -> new EventMatch(eventType, where));
    }

    static ChannelKind channel(JsonCursor at) {
        return build(at, () -> ChannelKind.parse(at.text()));
    }

    static Duration positive(JsonCursor at) {
        return build(at, () -> io.marketpilot.journeys.definition.Rules.duration(at.duration(), "a duration"));
    }

    /** The object's {@code type}, which must be one of {@code known}. */
    static String type(JsonCursor at, String... known) {
        JsonCursor type = at.field("type");
        String value = type.text();
        if (!List.of(known).contains(value)) {
            throw new PathException(type.path(), "unknown type '" + value + "': use " + String.join(", ", known));
        }
        return value;
    }

    private static Prediction prediction(JsonCursor at) {
        return build(at, () -> Prediction.parse(at.text()));
    }

    private static Comparison comparison(JsonCursor at) {
        return build(at, () -> Comparison.parse(at.text()));
    }

    /** Runs a record's own checks, naming {@code at}'s path in the refusal. */
    static <T> T build(JsonCursor at, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (io.marketpilot.core.MarketPilotException e) {
            throw new PathException(at.path(), e.getMessage() == null ? "is invalid" : e.getMessage());
        }
    }
}
