package io.marketpilot.app.cli;

import io.marketpilot.app.services.Services;
import io.marketpilot.core.content.BrandVoice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marketpilot brand show|set}: the brand voice every generated text is conditioned on and checked against. */
@Command(
        name = "brand",
        description = "Show or set the brand voice (description, do/don't words, banned claims, examples).")
public final class BrandCommand {
    @Command(name = "show", description = "The brand voice in use.")
    int show(@Mixin StoreOptions store) {
        try (Services app = store.open()) {
            Output.json(view(app.content.voice()), System.out);
        }
        return 0;
    }

    @Command(name = "set", description = "Replace the brand voice; options left out keep their current value.")
    int set(
            @Mixin StoreOptions store,
            @Option(names = "--description") @Nullable String description,
            @Option(names = "--prefer", split = ",", description = "Words to prefer (comma-separated)") @Nullable
                    List<String> prefer,
            @Option(names = "--avoid", split = ",", description = "Words that draw a warning") @Nullable
                    List<String> avoid,
            @Option(names = "--ban", split = ",", description = "Words and claims that block approval") @Nullable
                    List<String> ban,
            @Option(names = "--example", description = "An example text in the brand's voice (repeatable)") @Nullable
                    List<String> examples) {
        try (Services app = store.open()) {
            BrandVoice now = app.content.voice();
            BrandVoice next = new BrandVoice(
                    description == null ? now.description() : description,
                    prefer == null ? now.preferredWords() : prefer,
                    avoid == null ? now.avoidedWords() : avoid,
                    ban == null ? now.bannedPhrases() : ban,
                    examples == null ? now.examples() : new ArrayList<>(examples),
                    null,
                    null);
            Output.json(view(app.content.saveVoice(next, "cli")), System.out);
        }
        return 0;
    }

    static Map<String, Object> view(BrandVoice v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("description", v.description());
        m.put("preferredWords", v.preferredWords());
        m.put("avoidedWords", v.avoidedWords());
        m.put("bannedPhrases", v.bannedPhrases());
        m.put("examples", v.examples());
        m.put("updatedAt", v.updatedAt() == null ? null : v.updatedAt().toString());
        m.put("updatedBy", v.updatedBy());
        return m;
    }
}
