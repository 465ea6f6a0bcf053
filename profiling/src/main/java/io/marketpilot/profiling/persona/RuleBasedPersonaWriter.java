package io.marketpilot.profiling.persona;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Writes personas from segment facts with fixed rules: names by {@link PersonaNames}, text from the traits. */
public final class RuleBasedPersonaWriter implements PersonaWriter {
    public static final String VERSION = "rule-based-personas/2";

    @Override
    public List<Persona> write(List<SegmentFacts> segments) {
        Map<Integer, PersonaName> names = PersonaNames.assign(segments);
        List<Persona> personas = new ArrayList<>(segments.size());
        for (SegmentFacts facts : segments) {
            // assign() names every segment it is given
            PersonaName name = Objects.requireNonNull(names.get(facts.segmentId()));
            personas.add(new Persona(
                    facts.segmentId(),
                    name.text(),
                    description(facts),
                    facts.size(),
                    facts.share(),
                    facts.revenueShare(),
                    facts.traits(),
                    facts.topCategories(),
                    facts.topProducts(),
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
        facts.churnRisk()
                .ifPresent(risk -> text.append(String.format(
                        Locale.ROOT,
                        " Mean predicted churn risk %s%s.",
                        TraitPhrases.percent(risk),
                        // BG/NBD takes a customer who never came back as still active, so its figure is low here
                        PersonaNames.oneOff(facts) ? " (the model cannot judge customers with one order)" : "")));
        if (!facts.topItems().isEmpty()) {
            List<String> items = new ArrayList<>();
            for (DistinguishingItems.Item item : facts.topItems()) {
                items.add(String.format(
                        Locale.ROOT,
                        "%s (%s of them vs %s of all customers)",
                        item.name(),
                        TraitPhrases.percent(item.penetration()),
                        TraitPhrases.percent(item.populationPenetration())));
            }
            text.append(
                            facts.itemKind() == DistinguishingItems.Kind.CATEGORY
                                    ? " Buys more than most in: "
                                    : " Buys more than most: ")
                    .append(String.join("; ", items))
                    .append('.');
        }
        facts.typicalSentiment()
                .ifPresent(s -> text.append(String.format(Locale.ROOT, " Typical review sentiment %.2f.", s)));
        return text.toString();
    }
}
