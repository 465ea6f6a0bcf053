package io.marketpilot.profiling.persona;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes personas from segment facts with fixed rules: names by {@link PersonaNames}, text from the traits. */
public final class RuleBasedPersonaWriter implements PersonaWriter {
    public static final String VERSION = "rule-based-personas/1";

    @Override
    public List<Persona> write(List<SegmentFacts> segments) {
        Map<Integer, String> names = PersonaNames.assign(segments);
        List<Persona> personas = new ArrayList<>(segments.size());
        for (SegmentFacts facts : segments) {
            String name = names.get(facts.segmentId());
            personas.add(new Persona(
                    facts.segmentId(),
                    name,
                    description(facts),
                    facts.size(),
                    facts.share(),
                    facts.revenueShare(),
                    facts.traits(),
                    facts.topCategories(),
                    MessagingAngles.forName(name),
                    facts.typicalSentiment()));
        }
        return personas;
    }

    @Override
    public String describe() {
        return VERSION;
    }

    static String description(SegmentFacts facts) {
        var text = new StringBuilder(String.format(
                Locale.ROOT,
                "%,d customers (%.1f%% of customers, %.1f%% of net revenue).",
                facts.size(),
                100 * facts.share(),
                100 * facts.revenueShare()));
        if (facts.traits().isEmpty()) {
            text.append(" Close to the average customer on every feature.");
        } else {
            List<String> sentences = new ArrayList<>();
            for (Trait trait : facts.traits()) {
                sentences.add(trait.text());
            }
            String joined = String.join("; ", sentences);
            text.append(' ')
                    .append(Character.toUpperCase(joined.charAt(0)))
                    .append(joined.substring(1))
                    .append('.');
        }
        if (!facts.topCategories().isEmpty()) {
            text.append(" Top categories: ")
                    .append(String.join(", ", facts.topCategories()))
                    .append('.');
        }
        facts.typicalSentiment()
                .ifPresent(s -> text.append(String.format(Locale.ROOT, " Typical review sentiment %.2f.", s)));
        return text.toString();
    }
}
