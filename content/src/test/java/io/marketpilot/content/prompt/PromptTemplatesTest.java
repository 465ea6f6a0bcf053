package io.marketpilot.content.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptTemplatesTest {
    @TempDir
    Path dir;

    @Test
    void aUsersFileOverridesTheBundledTemplate() throws Exception {
        PromptTemplates templates = new PromptTemplates(Optional.of(dir));
        assertThat(templates.template("sms")).contains("GSM-7");

        Files.writeString(dir.resolve("sms.txt"), "Write a haiku SMS about {{product}}.");

        assertThat(templates.render("sms", Map.of("product", "cables"))).isEqualTo("Write a haiku SMS about cables.");
        assertThat(templates.template("email")).contains("preheader");
    }

    @Test
    void unknownVariablesSuchAsMergeFieldsPassThrough() {
        assertThat(PromptTemplates.fill("Hi {{first_name}}, {{goal}}", Map.of("goal", "$5 off")))
                .isEqualTo("Hi {{first_name}}, $5 off");
    }
}
