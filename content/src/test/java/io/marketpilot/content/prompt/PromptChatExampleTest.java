package io.marketpilot.content.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PromptChatExampleTest {

    @Test
    void aChatExampleIsOneLineOfSystemUserAndAssistantMessages() throws Exception {
        String line = new Prompt("You write SMS.", "Write one about\ncables.").chatExample("{\"text\":\"Cables!\"}");

        assertThat(line).doesNotContain("\n");
        JsonNode messages = new ObjectMapper().readTree(line).get("messages");
        assertThat(messages.findValuesAsText("role")).containsExactly("system", "user", "assistant");
        assertThat(messages.findValuesAsText("content"))
                .containsExactly("You write SMS.", "Write one about\ncables.", "{\"text\":\"Cables!\"}");
    }
}
