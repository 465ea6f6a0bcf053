package io.marketpilot.imports.layout;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.imports.Headers;
import io.marketpilot.imports.ImportKind;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every layout the importer accepts, most specific first, and detection by header. */
public final class Layouts {
    private final List<Layout> all;

    public Layouts(Function<String, String> languageDetector) {
        this.all = List.of(
                new CustomerLayout(),
                new ProductLayout(),
                OnlineRetailLayout.original(),
                OnlineRetailLayout.second(),
                new SuperstoreLayout(),
                new NativeOrderLayout(),
                new CdnowLayout(),
                new EventLayout(),
                new ReviewLayout(languageDetector));
    }

    public Layout detect(ImportKind kind, Headers headers) {
        return all.stream()
                .filter(l -> l.kind() == kind && l.matches(headers))
                .findFirst()
                .orElseThrow(() -> unrecognised(kind, headers));
    }

    private MarketPilotException unrecognised(ImportKind kind, Headers headers) {
        String expected = all.stream()
                .filter(l -> l.kind() == kind)
                .map(l -> l.name() + " (" + String.join(", ", l.requiredColumns()) + ")")
                .collect(Collectors.joining("; "));
        return new MarketPilotException(
                io.marketpilot.core.ErrorCode.INVALID_INPUT,
                "The header does not match any " + kind.wireName() + " layout. Expected columns for " + expected,
                Map.of("found", headers.names().stream().sorted().toList()));
    }
}
