package io.marketpilot.app.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvDownloadTest {
    @Test
    void formulasAreDefusedAndAwkwardTextStaysInItsColumn() throws IOException {
        String csv = CsvDownload.of(
                List.of("id", "name", "note", "value"),
                List.of(
                        Arrays.asList("=HYPERLINK(\"http://x\",\"y\")", "+1 555", "@SUM(A1)", -3.5),
                        Arrays.asList("C1", "Smith, \"Jo\"", "two\nlines", 2),
                        Arrays.asList("-C2", null, "\tTab", 0)));

        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();

        assertThat(records).hasSize(4).allSatisfy(r -> assertThat(r.size()).isEqualTo(4));
        assertThat(records.get(1).values())
                .containsExactly("'=HYPERLINK(\"http://x\",\"y\")", "'+1 555", "'@SUM(A1)", "-3.5");
        assertThat(records.get(2).values()).containsExactly("C1", "Smith, \"Jo\"", "two\nlines", "2");
        assertThat(records.get(3).values()).containsExactly("'-C2", "", "'\tTab", "0");
    }
}
