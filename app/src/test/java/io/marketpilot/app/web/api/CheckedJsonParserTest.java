package io.marketpilot.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckedJsonParserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode read(String json) throws IOException {
        try (var parser = new CheckedJsonParser(JSON.getFactory().createParser(json))) {
            return JSON.readTree(parser);
        }
    }

    @Test
    void freeTextKeepsItsLineBreaksAndUnicode() throws IOException {
        JsonNode node = read("{\"text\":\"line one\\nline\\ttwo 退货 \\ud83c\\udf89\"}");

        assertThat(node.get("text").asText()).isEqualTo("line one\nline\ttwo 退货 🎉");
    }

    @Test
    void aNulDeepInTheBodyIsRefusedWithItsPath() {
        assertThatThrownBy(() -> read("{\"lines\":[{},{},{\"note\":\"a\\u0000b\"}]}"))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("field lines[2].note contains the control character U+0000")
                .extracting(e -> ((MarketPilotException) e).details())
                .isEqualTo(Map.of("field", "lines[2].note"));
    }

    @Test
    void fieldsNamedAsIdsTakeNoTabOrLineBreak() {
        assertThatThrownBy(() -> read("{\"customerId\":\"C\\t1\"}"))
                .hasMessageContaining("customerId")
                .hasMessageContaining("identifiers take none");
        assertThatThrownBy(() -> read("{\"id\":\"C\\n1\"}")).isInstanceOf(MarketPilotException.class);
    }

    @Test
    void aLoneSurrogateAndABadFieldNameAreRefused() {
        assertThatThrownBy(() -> read("{\"name\":\"x\\ud800\"}")).hasMessageContaining("lone surrogate U+D800");
        assertThatThrownBy(() -> read("{\"a\":{\"b\\u0000\":1}}"))
                .hasMessageContaining("A field name in the body's a contains the control character U+0000")
                .isInstanceOf(MarketPilotException.class);
        assertThatThrownBy(() -> read("[\"\\u0001\"]")).hasMessageContaining("field [0]");
        assertThatThrownBy(() -> read("\"\\u0001\"")).hasMessageContaining("The body's value contains");
    }
}
