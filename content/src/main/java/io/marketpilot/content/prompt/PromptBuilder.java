package io.marketpilot.content.prompt;

import io.marketpilot.content.brief.Audience;
import io.marketpilot.content.brief.ContentBrief;
import io.marketpilot.content.brief.CustomerFacts;
import io.marketpilot.content.brief.ProductFacts;
import io.marketpilot.content.channel.Channel;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders the prompt templates for a brief and an angle: the conditioning, the channel's fields and limits. */
public final class PromptBuilder {
    private final PromptTemplates templates;

    public PromptBuilder(PromptTemplates templates) {
        this.templates = templates;
    }

    public Prompt build(ContentBrief brief, String angle) {
        Map<String, String> v = values(brief, angle);
        v.put("channel_instructions", templates.render(brief.channel().wireName(), v));
        return new Prompt(templates.render("system", v), templates.render("user", v));
    }

    private static Map<String, String> values(ContentBrief brief, String angle) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("channel_name", channelName(brief.channel()));
        v.put("language_name", brief.chinese() ? "Simplified Chinese" : "English");
        v.put("brand_description", orNone(brief.voice().description()));
        v.put("preferred_words", orNone(String.join(", ", brief.voice().preferredWords())));
        v.put("avoided_words", orNone(String.join(", ", brief.voice().avoidedWords())));
        v.put("banned_phrases", orNone(String.join(", ", brief.voice().bannedPhrases())));
        v.put("fields", fields(brief));
        v.put("network", brief.network().wireName());
        v.put("network_limit", String.valueOf(brief.network().maxLength()));
        v.put("audience", brief.audience().map(PromptBuilder::audience).orElse("everyone (no segment)"));
        v.put(
                "customer",
                brief.customer().map(PromptBuilder::customer).orElse("not one customer: write for the whole audience"));
        v.put("product", brief.product().map(PromptBuilder::product).orElse("none in particular: the shop's range"));
        v.put("goal", orNone(brief.goal()));
        v.put("tone", brief.tone());
        v.put("angle", angle);
        v.put("keywords", orNone(String.join(", ", brief.keywords())));
        return v;
    }

    private static String channelName(Channel c) {
        return switch (c) {
            case EMAIL -> "e-mail";
            case AD -> "search ad";
            case SOCIAL -> "social media";
            case SMS -> "SMS";
            case PRODUCT -> "product description";
        };
    }

    private static String fields(ContentBrief brief) {
        return brief.channel().fields().stream()
                .map(f -> "- \"" + f.name() + "\": " + (f.listField() ? "a list of texts, " : "a text, ")
                        + f.description() + limit(brief, f))
                .collect(Collectors.joining("\n"));
    }

    private static String limit(ContentBrief brief, Channel.FieldSpec f) {
        if (brief.channel() == Channel.SOCIAL && f.name().equals("post")) {
            return " (at most " + brief.network().maxLength() + " characters with the hashtags)";
        }
        if (brief.channel() == Channel.SMS) {
            return brief.chinese() ? " (at most 70 characters)" : " (at most 160 GSM-7 characters)";
        }
        String items = f.listField() ? ", " + f.minItems() + " to " + f.maxItems() + " entries" : "";
        return f.maxLength() > 0 ? " (at most " + f.maxLength() + " characters each" + items + ")" : "";
    }

    private static String audience(Audience a) {
        StringBuilder sb = new StringBuilder(a.segment());
        if (!a.description().isBlank()) {
            sb.append(". ").append(a.description());
        }
        if (!a.traits().isEmpty()) {
            sb.append(" Traits: ").append(String.join("; ", a.traits())).append('.');
        }
        if (!a.angles().isEmpty()) {
            sb.append(" Angles that suit them: ")
                    .append(String.join("; ", a.angles()))
                    .append('.');
        }
        return sb.toString();
    }

    private static String customer(CustomerFacts c) {
        StringBuilder sb = new StringBuilder();
        c.firstName().ifPresent(n -> sb.append("first name ").append(n).append(". "));
        if (!c.facts().isEmpty()) {
            sb.append(String.join("; ", c.facts())).append(". ");
        }
        if (!c.recentPurchases().isEmpty()) {
            sb.append("Recently bought: ")
                    .append(String.join(", ", c.recentPurchases()))
                    .append(". ");
        }
        if (!c.picks().isEmpty()) {
            sb.append("Picked for them (recommendations): ")
                    .append(String.join(", ", c.picks()))
                    .append('.');
        }
        return sb.isEmpty() ? "a customer with no history yet" : sb.toString().strip();
    }

    private static String product(ProductFacts p) {
        StringBuilder sb = new StringBuilder(p.name());
        if (!p.category().isBlank()) {
            sb.append(" (").append(p.category()).append(')');
        }
        p.price().ifPresent(price -> sb.append(", price ").append(String.format(Locale.ROOT, "%.2f", price)));
        if (!p.description().isBlank()) {
            sb.append(". ").append(p.description());
        }
        return sb.toString();
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? "(none)" : s;
    }
}
