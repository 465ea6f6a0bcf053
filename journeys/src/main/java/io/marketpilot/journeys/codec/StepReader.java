package io.marketpilot.journeys.codec;

import io.marketpilot.journeys.definition.Step;
import java.util.Optional;
import java.util.Set;

/** Reads one step object of a journey's {@code steps} array. */
final class StepReader {
    private StepReader() {}

    static Step step(JsonCursor at) {
        String type = PartReader.type(at, "wait", "wait_send_time", "wait_event", "branch", "send", "update", "exit");
        String id = at.field("id").text();
        return switch (type) {
            case "wait" -> {
                at.allowOnly(Set.of("id", "type", "duration", "next"));
                var duration = PartReader.positive(at.field("duration"));
                yield PartReader.build(at, () -> new Step.Wait(id, duration, next(at, "next")));
            }
            case "wait_send_time" -> {
                at.allowOnly(Set.of("id", "type", "next"));
                yield PartReader.build(at, () -> new Step.WaitForSendTime(id, next(at, "next")));
            }
            case "wait_event" -> {
                at.allowOnly(Set.of("id", "type", "event", "where", "timeout", "next", "onTimeout"));
                var event = PartReader.event(at);
                var timeout = PartReader.positive(at.field("timeout"));
                yield PartReader.build(
                        at, () -> new Step.WaitForEvent(id, event, timeout, next(at, "next"), next(at, "onTimeout")));
            }
            case "branch" -> {
                at.allowOnly(Set.of("id", "type", "if", "then", "else"));
                var condition = PartReader.condition(at.field("if"));
                String then = at.field("then").text();
                String otherwise = at.field("else").text();
                yield PartReader.build(at, () -> new Step.Branch(id, condition, then, otherwise));
            }
            case "send" -> {
                at.allowOnly(Set.of("id", "type", "channel", "content", "topic", "next"));
                var channel = PartReader.channel(at.field("channel"));
                var content = PartReader.content(at.field("content"));
                Optional<String> topic = at.optional("topic").map(JsonCursor::text);
                yield PartReader.build(at, () -> new Step.Send(id, channel, content, topic, next(at, "next")));
            }
            case "update" -> {
                at.allowOnly(Set.of("id", "type", "change", "next"));
                var change = PartReader.change(at.field("change"));
                yield PartReader.build(at, () -> new Step.Update(id, change, next(at, "next")));
            }
            default -> {
                at.allowOnly(Set.of("id", "type"));
                yield PartReader.build(at, () -> new Step.Exit(id));
            }
        };
    }

    private static Optional<String> next(JsonCursor at, String field) {
        return at.optional(field).map(JsonCursor::text);
    }
}
