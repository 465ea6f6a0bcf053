package io.marketpilot.profiling.persona;

import io.marketpilot.core.llm.LanguageModel;
import io.marketpilot.core.llm.LlmMessage;
import io.marketpilot.core.llm.LlmRequest;
import io.marketpilot.core.llm.LlmUnavailableException;
import io.marketpilot.core.llm.StatedNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Personas whose description a language model writes as a short narrative from the rule-based persona's facts.
 * Names, traits, categories and angles stay the rules' own; the narrative replaces the description only when it
 * passes a check that it invented nothing countable: every number in it must occur in the facts given. A model that
 * is unavailable or that fails the check leaves that segment's rule-based description, and {@link #describe()} says
 * how many narratives the model wrote, so the run's provenance is exact.
 */
public final class LlmPersonaWriter implements PersonaWriter {
    public static final String VERSION = "llm-personas/1";
    public static final String FEATURE = "profiling.persona";
    static final int MAX_CHARS = 700;

    private static final String SYSTEM = """
            You write persona narratives for a marketing team: two or three sentences of plain prose that bring a \
            customer segment to life and say how to talk to it. Use only the facts given. Do not invent numbers, \
            ages, genders, places, names or products; any number you use must appear in the facts exactly as \
            written. No lists, headings or quotation marks.""";

    private final LanguageModel model;
    private final String actor;
    private final RuleBasedPersonaWriter rules = new RuleBasedPersonaWriter();
    private String provenance = VERSION + " (nothing written yet)";

    /** @param actor who asked, for the audit log (e.g. {@code cli} or an API key id) */
    public LlmPersonaWriter(LanguageModel model, String actor) {
        this.model = model;
        this.actor = actor;
    }

    @Override
    public List<Persona> write(List<SegmentFacts> segments) {
        List<Persona> personas = rules.write(segments);
        List<Persona> out = new ArrayList<>(personas.size());
        int written = 0;
        List<String> problems = new ArrayList<>();
        for (Persona p : personas) {
            try {
                String narrative = narrative(p);
                out.add(withDescription(p, narrative));
                written++;
            } catch (LlmUnavailableException | NarrativeRejected e) {
                problems.add(p.name() + ": " + e.getMessage());
                out.add(p);
            }
        }
        provenance = String.format(
                Locale.ROOT,
                "%s by %s/%s: %d of %d narratives, the rest %s%s",
                VERSION,
                model.provider(),
                model.model(),
                written,
                personas.size(),
                RuleBasedPersonaWriter.VERSION,
                problems.isEmpty() ? "" : " (" + String.join("; ", problems) + ")");
        return out;
    }

    @Override
    public String describe() {
        return provenance;
    }

    private String narrative(Persona p) {
        String facts = facts(p);
        String text = model.complete(new LlmRequest(
                        FEATURE, actor, List.of(LlmMessage.system(SYSTEM), LlmMessage.user(facts)), 0.4, 300, false))
                .text()
                .strip();
        check(text, facts);
        return text;
    }

    /** What the model may use: the rule-based description plus the persona's traits, categories and angles. */
    static String facts(Persona p) {
        return "Persona: " + p.name() + "\nFacts: " + p.description() + "\nWhat sets it apart: "
                + p.traits().stream().map(Trait::text).collect(Collectors.joining("; "))
                + "\nMessaging angles: " + String.join("; ", p.angles());
    }

    /** Refuses an empty or over-long narrative, or one with a number the facts do not contain. */
    static void check(String text, String facts) {
        if (text.isBlank()) {
            throw new NarrativeRejected("the model answered with nothing");
        }
        if (text.length() > MAX_CHARS) {
            throw new NarrativeRejected("the narrative has " + text.length() + " characters, over " + MAX_CHARS);
        }
        StatedNumbers.firstUnknown(text, StatedNumbers.in(facts)).ifPresent(n -> {
            throw new NarrativeRejected("the narrative states " + n + ", which is not in the facts");
        });
    }

    private static Persona withDescription(Persona p, String description) {
        return new Persona(
                p.segmentId(),
                p.name(),
                description,
                p.size(),
                p.share(),
                p.revenueShare(),
                p.traits(),
                p.topCategories(),
                p.topProducts(),
                p.angles(),
                p.typicalSentiment());
    }

    /** A narrative that failed the facts check; the rule-based description stays. */
    static final class NarrativeRejected extends RuntimeException {
        NarrativeRejected(String message) {
            super(message);
        }
    }
}
