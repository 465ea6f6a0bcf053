package io.marketpilot.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLengthTest {
    @Test
    void anEmptyObjectIsItsTwoBraces() {
        assertThat(JsonLength.of(Map.of())).isEqualTo("{}".length());
    }

    @Test
    void entriesAreQuotedAndSeparatedByColonsAndCommas() {
        Map<String, String> object = new LinkedHashMap<>();
        object.put("page", "home");
        object.put("ref", "");
        assertThat(JsonLength.of(object)).isEqualTo("{\"page\":\"home\",\"ref\":\"\"}".length());
    }

    @Test
    void quotesBackslashesAndControlsCountAsTheirEscapes() {
        // written out: {"q":"a\"b\\c\nd\u0001"}
        assertThat(JsonLength.of(Map.of("q", "a\"b\\c\nd\u0001")))
                .isEqualTo("{\"q\":\"a\\\"b\\\\c\\nd\\u0001\"}".length());
    }

    @Test
    void textBeyondAsciiIsWrittenAsItIs() {
        assertThat(JsonLength.of(Map.of("城市", "上海 ✓"))).isEqualTo("{\"城市\":\"上海 ✓\"}".length());
    }
}
