package io.marketpilot.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldsTest {
    @Test
    void integerIdsWrittenAsFloatsLoseTheirZeroFraction() {
        assertThat(Fields.normaliseId("17850.0")).isEqualTo("17850");
        assertThat(Fields.normaliseId("17850.00")).isEqualTo("17850");
        assertThat(Fields.normaliseId("17850.5")).isEqualTo("17850.5");
        assertThat(Fields.normaliseId("A17.0")).isEqualTo("A17.0");
        assertThat(Fields.normaliseId("17850.")).isEqualTo("17850.");
        assertThat(Fields.normaliseId(".0")).isEqualTo(".0");
        assertThat(Fields.normaliseId("85123A")).isEqualTo("85123A");
    }

    @Test
    void readsTheDateLayoutsOfThePublicRetailFiles() {
        assertThat(Fields.parseDateTime("12/1/2010 8:26")).contains(LocalDateTime.of(2010, 12, 1, 8, 26));
        assertThat(Fields.parseDateTime("2024-03-31T14:05:00")).contains(LocalDateTime.of(2024, 3, 31, 14, 5));
        assertThat(Fields.parseDateTime("2024-03-31 14:05")).contains(LocalDateTime.of(2024, 3, 31, 14, 5));
        assertThat(Fields.parseDateTime("11/8/2019")).contains(LocalDateTime.of(2019, 11, 8, 0, 0));
        assertThat(Fields.parseDateTime("19970101")).contains(LocalDateTime.of(1997, 1, 1, 0, 0));
        assertThat(Fields.parseDateTime("31/12/2024")).isEmpty();
    }

    @Test
    void badValuesAreReportedWithTheirLineAndColumn() {
        RowErrors errors = new RowErrors();
        Fields f = new Fields(errors);
        SourceRow row = new SourceRow(7, Map.of("quantity", "three", "when", "yesterday", "email", "not-an-address"));

        assertThat(f.number(row, "quantity")).isEmpty();
        assertThat(f.dateTime(row, "when")).isEmpty();
        assertThat(f.optionalEmail(row, "email")).isEmpty();
        assertThat(f.text(row, "missing")).isEmpty();
        assertThat(errors.list())
                .extracting(RowError::toString)
                .containsExactly(
                        "line 7 (quantity): 'three' is not a number",
                        "line 7 (when): 'yesterday' is not a date (use 2024-03-31 or 2024-03-31T14:05:00)",
                        "line 7 (email): 'not-an-address' is not an e-mail address",
                        "line 7 (missing): is required");
    }
}
