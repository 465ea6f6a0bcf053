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

/**
 * The composer's phrases for one language, read from {@code composer/LANG.json}: greetings and closings per
 * tone, persona lines per persona kind, and per angle subjects, openers, headlines, hooks and calls to action.
 */
final class PhraseBank {
    private static final ObjectMapper JSON = new ObjectMapper();

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

    /** The category in this language (the catalogue names categories in English). */
    String category(String category) {
        String translated = text("categories", category);
        return translated.isEmpty() ? category : translated;
    }

    static String fill(String template, Map<String, String> values) {
        String out = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
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
