package io.marketpilot.store.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.input.JsonLength;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The intake checks an event's properties against their column with core's {@link JsonLength}; the store writes them
 * with Jackson. The two must agree on every text, or a check passes and the write fails (or the reverse).
 */
class PropertiesJsonLengthPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Property(tries = 500)
    void coreCountsExactlyWhatTheStoreWrites(@ForAll("properties") Map<String, String> properties)
            throws JsonProcessingException {
        assertThat(JsonLength.of(properties))
                .isEqualTo(JSON.writeValueAsString(properties).length());
    }

    @Provide
    Arbitrary<Map<String, String>> properties() {
        // every character from NUL to ÿ (quotes, backslashes and controls among them), and a few beyond
        Arbitrary<String> text = Arbitraries.strings()
                .withCharRange('\u0000', '\u00ff')
                .withChars('"', '\\', '\u2028', '城', '✓')
                .ofMaxLength(30);
        return Arbitraries.maps(text, text).ofMaxSize(6);
    }
}
