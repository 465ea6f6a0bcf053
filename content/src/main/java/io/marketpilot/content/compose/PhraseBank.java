package io.marketpilot.content.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The composer's phrases for one language, read from {@code composer/LANG.json}: greetings and closings per
 * tone, persona lines per persona kind, per angle subjects, openers, headlines, hooks and calls to action, and the
 * words for common catalogue categories. Templates mark where a verb or pronoun must agree with a slot's number.
 */
final class PhraseBank {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern AGREEMENT = Pattern.compile("\\{(\\w+):([^|{}]*)\\|([^{}]*)}");

    private final JsonNode root;

    private PhraseBank(JsonNode root) {
        this.root = root;
    }

    static PhraseBank load(String language) {
        String resource = "/io/marketpilot/content/composer/" + language + ".json";
        try (InputStream in = PhraseBank.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The phrase bank " + resource + " is missing from the build");
            }
            return new PhraseBank(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String... path) {
        JsonNode n = node(path);
        return n.isMissingNode() ? "" : n.asText();
    }

    List<String> list(String... path) {
        List<String> out = new ArrayList<>();
        node(path).forEach(n -> out.add(n.asText()));
        return out;
    }

    String pick(RandomGenerator random, String... path) {
        List<String> all = list(path);
        return all.isEmpty() ? "" : all.get(random.nextInt(all.size()));
    }

    /** The text for a tone, or the friendly one when the tone is not in the bank. */
    String forTone(String group, String tone) {
        String t = text(group, tone.toLowerCase(java.util.Locale.ROOT));
        return t.isEmpty() ? text(group, "friendly") : t;
    }

    /**
     * The template with its slots filled: {@code {name}} by the slot's text, {@code {name:singular|plural}} by the
     * form that agrees with the slot's number ("{category:is|are}" → "is" for furniture, "are" for chairs).
     */
    static String fill(String template, Map<String, Slot> slots) {
        Matcher m = AGREEMENT.matcher(template);
        StringBuilder agreed = new StringBuilder();
        while (m.find()) {
            Slot slot = slots.get(m.group(1));
            String form = slot != null && slot.plural() ? m.group(3) : m.group(2);
            m.appendReplacement(agreed, Matcher.quoteReplacement(form));
        }
        m.appendTail(agreed);
        String out = agreed.toString();
        for (Map.Entry<String, Slot> e : slots.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue().text());
        }
        return out;
    }

    private JsonNode node(String... path) {
        JsonNode n = root;
        for (String p : path) {
            n = n.path(p);
        }
        return n;
    }
}
