package io.marketpilot.content.prompt;

import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompt templates: bundled files ({@code system.txt}, {@code user.txt} and one per channel), each
 * overridable by a file of the same name in the user's prompt directory ({@code DATA_DIR/prompts}). Variables are
 * written {@code {{name}}}; names the template does not know are left as they are (merge fields such as
 * {@code {{first_name}}} pass through to the model).
 */
public final class PromptTemplates {
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{([a-z_]+)}}");
    private static final String BUNDLED = "/io/marketpilot/content/prompts/";

    private final Optional<Path> overrides;

    public PromptTemplates(Optional<Path> overrides) {
        this.overrides = overrides;
    }

    /** The template's text: the user's file when there is one, otherwise the bundled one. */
    public String template(String name) {
        if (overrides.isPresent()) {
            Path file = overrides.get().resolve(name + ".txt");
            if (Files.isRegularFile(file)) {
                try {
                    return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw MarketPilotException.invalid(
                            "Cannot read the prompt template " + file + ": " + e.getMessage());
                }
            }
        }
        try (InputStream in = PromptTemplates.class.getResourceAsStream(BUNDLED + name + ".txt")) {
            if (in == null) {
                throw MarketPilotException.invalid("There is no prompt template named '" + name + "'");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a user's template of this name would be read from, when overrides are enabled. */
    public Optional<Path> overridePath(String name) {
        return overrides.map(dir -> dir.resolve(name + ".txt"));
    }

    public String render(String name, Map<String, String> values) {
        return fill(template(name), values);
    }

    static String fill(String template, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString().strip();
    }
}
