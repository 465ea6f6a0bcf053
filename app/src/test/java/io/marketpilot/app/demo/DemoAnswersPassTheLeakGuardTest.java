package io.marketpilot.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.assistant.chat.PromptLeakGuard;
import io.marketpilot.assistant.kb.DocumentReader;
import io.marketpilot.assistant.kb.Section;
import io.marketpilot.text.embedding.BilingualEmbedder;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leak guard's paraphrase threshold against the demo shop's help pages: every FAQ answer and page section, as a
 * model would quote it with a citation, is an ordinary answer and must pass.
 */
class DemoAnswersPassTheLeakGuardTest {
    @TempDir
    Path dir;

    @Test
    void everyHelpPageSectionOfTheDemoShopPasses() throws Exception {
        PromptLeakGuard guard = new PromptLeakGuard(BilingualEmbedder.bgeSmall());
        List<String> answers = new ArrayList<>();
        for (String name : DemoKnowledgeBase.FILES) {
            Path file = dir.resolve(name);
            try (InputStream in = getClass().getResourceAsStream("/demo/support/" + name)) {
                Files.copy(in, file);
            }
            for (Section s : DocumentReader.read(file)) {
                answers.add(s.text() + " [1]");
            }
        }
        assertThat(answers).hasSizeGreaterThan(30);

        assertThat(answers).noneMatch(guard::leaks);
    }
}
