package io.marketpilot.app.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRowsTest {
    private static byte[] csvWithBinaryRow() {
        var out = new ByteArrayOutputStream();
        out.writeBytes("id,text\n1,Great sound\n2,".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe, 0x01, 0x02, (byte) 0xc3});
        out.writeBytes("\n3,质量很差\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void bytesThatAreNotUtf8StayInTheirOwnRowAndTheOthersAreRead() throws Exception {
        List<TextRows.TextRow> rows =
                TextRows.read("reviews.csv", new ByteArrayInputStream(csvWithBinaryRow()), "text", "id", null);

        assertThat(rows).extracting(TextRows.TextRow::id).containsExactly("1", "2", "3");
        assertThat(rows.get(0).text()).isEqualTo("Great sound");
        assertThat(rows.get(1).text()).contains("\uFFFD");
        assertThat(rows.get(2).text()).isEqualTo("质量很差");
    }
}
