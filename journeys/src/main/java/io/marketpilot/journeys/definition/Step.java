package io.marketpilot.journeys.definition;

import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.ContentRef;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One step of a journey. Each has an id unique in its journey; a step that carries on goes to its {@code next} step, or
 * to the one below it in the list when that is empty (past the last step the journey ends).
 */
public sealed interface Step {
    /** The step's id, unique in its journey (what branches and the report name). */
    String id();

    /** The step ids this step may go to besides the one below it: its {@code next}, a branch's two arms. */
    List<String> targets();

    /** Waits a fixed time after the customer reached the step. */
    record Wait(String id, Duration duration, Optional<String> next) implements Step {
        public Wait {
            Rules.name(id, "step id");
            Rules.duration(duration, "duration");
            Rules.present(next, "next").ifPresent(n -> Rules.name(n, "next"));
        }

        @Override
        public List<String> targets() {
            return next.stream().toList();
        }
    }

    /**
     * Waits until the customer's predicted send hour (within a day of reaching the step), moved out of the quiet
     * hours in their time zone.
     */
    record WaitForSendTime(String id, Optional<String> next) implements Step {
        public WaitForSendTime {
            Rules.name(id, "step id");
            Rules.present(next, "next").ifPresent(n -> Rules.name(n, "next"));
        }

        @Override
        public List<String> targets() {
            return next.stream().toList();
        }
    }

    /**
     * Waits until a matching event happens, or at most {@code timeout}: the event goes on to {@code next}, the
     * timeout to {@code onTimeout} (or to {@code next} when that is empty).
     */
    record WaitForEvent(
            String id, EventMatch event, Duration timeout, Optional<String> next, Optional<String> onTimeout)
            implements Step {
        public WaitForEvent {
            Rules.name(id, "step id");
            Rules.present(event, "event");
            Rules.duration(timeout, "timeout");
            Rules.present(next, "next").ifPresent(n -> Rules.name(n, "next"));
            Rules.present(onTimeout, "onTimeout").ifPresent(n -> Rules.name(n, "onTimeout"));
        }

        @Override
        public List<String> targets() {
            return java.util.stream.Stream.concat(next.stream(), onTimeout.stream())
                    .toList();
        }
    }

    /** Goes to {@code then} when the condition holds for the customer, else to {@code otherwise}. */
    record Branch(String id, Condition condition, String then, String otherwise) implements Step {
        public Branch {
            Rules.name(id, "step id");
            Rules.present(condition, "condition");
            Rules.name(then, "then");
            Rules.name(otherwise, "else");
        }

        @Override
        public List<String> targets() {
            return List.of(then, otherwise);
        }
    }

    /**
     * Sends a message on a channel: approved content of the studio, or an experiment's variants. Consent,
     * suppression, the frequency cap and quiet hours apply as they do to a campaign's messages.
     *
     * @param topic the consent topic beyond "all" the message belongs to, if any
     */
    record Send(String id, ChannelKind channel, ContentRef content, Optional<String> topic, Optional<String> next)
            implements Step {
        public Send {
            Rules.name(id, "step id");
            Rules.present(channel, "channel");
            Rules.present(content, "content");
            Rules.present(topic, "topic").ifPresent(t -> Rules.name(t, "topic"));
            Rules.present(next, "next").ifPresent(n -> Rules.name(n, "next"));
        }

        @Override
        public List<String> targets() {
            return next.stream().toList();
        }
    }

    /** Changes the customer's record: a tag or a consent. */
    record Update(String id, Change change, Optional<String> next) implements Step {
        public Update {
            Rules.name(id, "step id");
            Rules.present(change, "change");
            Rules.present(next, "next").ifPresent(n -> Rules.name(n, "next"));
        }

        @Override
        public List<String> targets() {
            return next.stream().toList();
        }
    }

    /** Ends the customer's journey here. */
    record Exit(String id) implements Step {
        public Exit {
            Rules.name(id, "step id");
        }

        @Override
        public List<String> targets() {
            return List.of();
        }
    }
}
