package io.marketpilot.content.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.content.channel.Channel;
import io.marketpilot.content.channel.Copy;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CopyParserStoredFieldsTest {

    @Test
    void storedFieldsReadBackInTheChannelsOrderWithTheirLists() {
        Copy copy = new Copy(Channel.SOCIAL, Map.of("hashtags", List.of("#cables", "#sale"), "post", "New cables"));

        Map<String, Object> fields = CopyParser.storedFields(CopyParser.toJson(copy));

        assertThat(fields)
                .containsExactly(Map.entry("post", "New cables"), Map.entry("hashtags", List.of("#cables", "#sale")));
        assertThat(new Copy(Channel.SOCIAL, fields)).isEqualTo(copy);
    }

    @Test
    void fieldsThatAreNotAJsonObjectAreAnInternalError() {
        assertThatThrownBy(() -> CopyParser.storedFields("{\"text\": "))
                .isInstanceOfSatisfying(
                        MarketPilotException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL));
    }
}
