package io.marketpilot.app.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventFieldsTest {
    private static EventFields fields(Object... namesAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new EventFields(map);
    }

    @Test
    void textReadsNumbersAndBooleansAsWrittenAndNestedValuesAsEmpty() {
        EventFields f = fields("n", 42, "d", 19.5, "b", true, "o", Map.of("a", 1), "l", List.of(1), "z", null);
        assertThat(f.text("n")).hasValue("42");
        assertThat(f.text("d")).hasValue("19.5");
        assertThat(f.text("b")).hasValue("true");
        assertThat(f.text("o")).hasValue("");
        assertThat(f.text("l")).hasValue("");
        assertThat(f.text("z")).isEmpty();
        assertThat(f.text("absent")).isEmpty();
    }

    @Test
    void aScalarFieldRefusesAnObjectOrArray() {
        assertThat(fields("type", 7).scalar("type")).hasValue("7");
        assertThat(fields().scalar("type")).isEmpty();
        assertThatThrownBy(() -> fields("type", Map.of()).scalar("type"))
                .isInstanceOf(MarketPilotException.class)
                .hasMessage("type must be text, not an object or array");
    }

    @Test
    void aNumberMustBeAFiniteNumber() {
        assertThat(fields("value", 3).number("value")).hasValue(3.0);
        assertThat(fields().number("value")).isEmpty();
        for (Object bad : List.of("3", true, List.of(3), Double.NaN, BigInteger.TEN.pow(400))) {
            assertThatThrownBy(() -> fields("value", bad).number("value"))
                    .as("%s", bad)
                    .hasMessage("value must be a number");
        }
    }

    @Test
    void aDateTimeIsIsoLocalAndATrailingUtcMarkerIsDropped() {
        LocalDateTime expected = LocalDateTime.of(2026, 3, 1, 9, 30);
        assertThat(fields("at", "2026-03-01T09:30:00").dateTime("at")).hasValue(expected);
        assertThat(fields("at", "2026-03-01T09:30").dateTime("at")).hasValue(expected);
        assertThat(fields("at", "2026-03-01T09:30:00Z").dateTime("at")).hasValue(expected);
        assertThat(fields("at", "").dateTime("at")).isEmpty();
        assertThat(fields().dateTime("at")).isEmpty();
        for (Object bad :
                List.of("2026-03-01", "yesterday", "2026-03-01T09:30:00+02:00", 1_700_000_000, List.of(2026))) {
            assertThatThrownBy(() -> fields("at", bad).dateTime("at"))
                    .as("%s", bad)
                    .hasMessage(EventFields.BAD_DATE);
        }
    }

    @Test
    void propertiesAreAnObjectOfTextsWithScalarsTakenAsWritten() {
        Map<String, Object> given = new HashMap<>();
        given.put("page", "home");
        given.put("position", 3);
        assertThat(fields("p", given).properties("p"))
                .containsOnly(Map.entry("page", "home"), Map.entry("position", "3"));
        assertThat(fields().properties("p")).isEmpty();

        Map<String, Object> withNull = new HashMap<>();
        withNull.put("gone", null);
        for (Object bad : List.of("text", List.of("a"), Map.of("nested", Map.of()), withNull)) {
            assertThatThrownBy(() -> fields("p", bad).properties("p"))
                    .as("%s", bad)
                    .isInstanceOf(MarketPilotException.class)
                    .hasMessageStartingWith("p must be an object of texts");
        }
    }
}
