package io.marketpilot.journeys.codec;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.journeys.definition.Change;
import io.marketpilot.journeys.definition.Condition;
import io.marketpilot.journeys.definition.EventMatch;
import io.marketpilot.journeys.definition.Goal;
import io.marketpilot.journeys.definition.JourneyDefinition;
import io.marketpilot.journeys.definition.ReEntry;
import io.marketpilot.journeys.definition.Step;
import io.marketpilot.journeys.definition.Trigger;
import java.util.Optional;

/** Writes a journey as the JSON tree {@link JourneyCodec#read} reads, field for field. */
final class JourneyWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JourneyWriter() {}

    static ObjectNode tree(JourneyDefinition journey) {
        ObjectNode root = NODES.objectNode();
        root.put("id", journey.id());
        root.put("name", journey.name());
        root.set("trigger", trigger(journey.trigger()));
        var steps = root.putArray("steps");
        journey.steps().forEach(step -> steps.add(step(step)));
        journey.goal().ifPresent(goal -> root.set("goal", goal(goal)));
        root.set("reEntry", reEntry(journey.reEntry()));
        root.put("holdout", journey.holdoutShare());
        return root;
    }

    private static ObjectNode trigger(Trigger trigger) {
        return switch (trigger) {
            case Trigger.OnEvent t -> event(typed("event"), t.event());
            case Trigger.EntersSegment t -> typed("segment").put("segment", t.segment());
            case Trigger.PredictionCrosses t ->
                typed("prediction")
                        .put("prediction", t.prediction().wireName())
                        .put("crosses", t.side().wireName())
                        .put("threshold", t.threshold());
            case Trigger.DateRelative t ->
                typed("date").put("field", t.field().wireName()).put("offsetDays", t.offsetDays());
        };
    }

    private static ObjectNode step(Step step) {
        ObjectNode node = NODES.objectNode().put("id", step.id());
        switch (step) {
            case Step.Wait s -> {
                node.put("type", "wait").put("duration", s.duration().toString());
                next(node, "next", s.next());
            }
            case Step.WaitForSendTime s -> {
                node.put("type", "wait_send_time");
                next(node, "next", s.next());
            }
            case Step.WaitForEvent s -> {
                event(node.put("type", "wait_event"), s.event())
                        .put("timeout", s.timeout().toString());
                next(node, "next", s.next());
                next(node, "onTimeout", s.onTimeout());
            }
            case Step.Branch s -> {
                node.put("type", "branch").set("if", condition(s.condition()));
                node.put("then", s.then()).put("else", s.otherwise());
            }
            case Step.Send s -> {
                node.put("type", "send").put("channel", s.channel().wireName());
                node.set("content", content(s.content()));
                s.topic().ifPresent(t -> node.put("topic", t));
                next(node, "next", s.next());
            }
            case Step.Update s -> {
                node.put("type", "update").set("change", change(s.change()));
                next(node, "next", s.next());
            }
            case Step.Exit s -> node.put("type", "exit");
        }
        return node;
    }

    private static ObjectNode condition(Condition condition) {
        return switch (condition) {
            case Condition.InSegment c -> typed("segment").put("segment", c.segment());
            case Condition.Feature c ->
                typed("feature")
                        .put("feature", c.feature())
                        .put("comparison", c.comparison().wireName())
                        .put("threshold", c.threshold());
            case Condition.EventSeen c -> {
                ObjectNode node = event(typed("event_seen"), c.event());
                c.within().ifPresent(w -> node.put("within", w.toString()));
                yield node;
            }
            case Condition.ExperimentArm c ->
                typed("experiment_arm").put("experiment", c.experimentId()).put("arm", c.arm());
            case Condition.PredictionIs c ->
                typed("prediction")
                        .put("prediction", c.prediction().wireName())
                        .put("comparison", c.comparison().wireName())
                        .put("threshold", c.threshold());
        };
    }

    private static ObjectNode change(Change change) {
        return switch (change) {
            case Change.AddTag c -> typed("tag").put("tag", c.tag());
            case Change.RemoveTag c -> typed("untag").put("tag", c.tag());
            case Change.SetConsent c ->
                typed("consent")
                        .put("channel", c.channel().wireName())
                        .put("topic", c.topic())
                        .put("optedIn", c.optedIn());
        };
    }

    private static ObjectNode content(ContentRef content) {
        return switch (content) {
            case ContentRef.Approved c -> {
                ObjectNode node = typed("approved");
                var ids = node.putArray("ids");
                c.contentIds().forEach(ids::add);
                yield node;
            }
            case ContentRef.Experiment c -> typed("experiment").put("experiment", c.experimentId());
        };
    }

    private static ObjectNode goal(Goal goal) {
        return switch (goal) {
            case Goal.PlacedOrder g -> typed("order");
            case Goal.EventHappened g -> event(typed("event"), g.event());
        };
    }

    private static ObjectNode reEntry(ReEntry reEntry) {
        return switch (reEntry) {
            case ReEntry.Once r -> typed("once");
            case ReEntry.OncePer r -> typed("once_per").put("period", r.period().toString());
            case ReEntry.Always r -> typed("always");
        };
    }

    private static ObjectNode event(ObjectNode node, EventMatch event) {
        node.put("event", event.type());
        if (!event.properties().isEmpty()) {
            ObjectNode where = node.putObject("where");
            event.properties().forEach(where::put);
        }
        return node;
    }

    private static ObjectNode typed(String type) {
        return NODES.objectNode().put("type", type);
    }

    private static void next(ObjectNode node, String field, Optional<String> target) {
        target.ifPresent(t -> node.put(field, t));
    }
}
