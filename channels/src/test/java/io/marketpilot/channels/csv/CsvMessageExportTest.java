package io.marketpilot.channels.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.channels.TestMessages;
import io.marketpilot.core.delivery.OutgoingMessage;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvMessageExportTest {
    private static final OutgoingMessage PLAIN = OutgoingMessage.builder(
                    "notice:C-2", "sms", "+447700900123", "Your code is 1234")
            .build();

    private static String write(CsvMessageExport export, List<OutgoingMessage> messages) throws IOException {
        StringBuilder out = new StringBuilder();
        assertThat(export.write(messages, out)).isEqualTo(messages.size());
        return out.toString();
    }

    @Test
    void writesRfc4180WithAHeaderCrlfLineEndsAndQuotesWhereNeeded() throws IOException {
        String csv = write(CsvMessageExport.forTools(), List.of(PLAIN));

        assertThat(csv)
                .isEqualTo("key,channel,recipient,subject,text,html,unsubscribe_url,unsubscribe_mailto,campaign_id,"
                        + "customer_id,content_id,variant,headers\r\n"
                        + "notice:C-2,sms,+447700900123,,Your code is 1234,,,,,,,,\r\n");
    }

    @Test
    void everyPartReadsBackExactlyWithCommasQuotesAndLineBreaksInside() throws IOException {
        OutgoingMessage tricky = OutgoingMessage.builder(
                        "spring:C-1", "email", "ann@example.com", "Hello \"Ann\",\nsee you, soon\r\n")
                .subject("=SUM(A1:A9), -20% today")
                .build();

        String csv = write(
                CsvMessageExport.forTools(), List.of(TestMessages.message("spring:C-3", "c@example.com"), tricky));
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(csv))
                .getRecords();

        assertThat(rows).hasSize(2);
        CSVRecord full = rows.get(0);
        assertThat(full.get("html")).isEqualTo("<p>Hello Ann,</p><p>our <b>spring</b> offers are here.</p>");
        assertThat(full.get("unsubscribe_url")).isEqualTo("https://shop.example/u/spring-C-3?sig=abc123");
        assertThat(full.get("unsubscribe_mailto")).isEqualTo("mailto:unsubscribe@shop.example?subject=spring-C-3");
        assertThat(full.get("campaign_id")).isEqualTo("spring");
        assertThat(full.get("customer_id")).isEqualTo("C-1");
        assertThat(full.get("content_id")).isEqualTo("42");
        assertThat(full.get("variant")).isEqualTo("B");
        assertThat(full.get("headers")).isEqualTo("{\"Reply-To\":\"help@shop.example\"}");
        assertThat(rows.get(1).get("text")).isEqualTo("Hello \"Ann\",\nsee you, soon\r\n");
        assertThat(rows.get(1).get("subject")).isEqualTo("=SUM(A1:A9), -20% today");
    }

    @Test
    void forSpreadsheetsDefusesCellsThatWouldRunAsFormulas() throws IOException {
        OutgoingMessage risky = OutgoingMessage.builder("k", "sms", "+447700900123", "-20% today only")
                .subject("=HYPERLINK(\"https://evil.example\")")
                .build();

        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(write(CsvMessageExport.forSpreadsheets(), List.of(risky))))
                .getRecords();

        assertThat(rows.getFirst().get("subject")).isEqualTo("'=HYPERLINK(\"https://evil.example\")");
        assertThat(rows.getFirst().get("text")).isEqualTo("'-20% today only");
        assertThat(rows.getFirst().get("recipient")).isEqualTo("'+447700900123");
    }
}
