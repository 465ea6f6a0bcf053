package io.marketpilot.content.write;

import io.marketpilot.content.brief.ContentBrief;
import io.marketpilot.content.channel.Copy;
import io.marketpilot.content.channel.CopyRules;
import io.marketpilot.content.prompt.Prompt;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.llm.LanguageModel;
import io.marketpilot.core.llm.LlmMessage;
import io.marketpilot.core.llm.LlmReply;
import io.marketpilot.core.llm.LlmRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes one variant with the language model: the prompt with few-shot examples, the answer parsed as the
 * channel's JSON and validated; when the answer is unreadable or breaks a limit, the model is asked once more
 * with the errors (repair). {@link io.marketpilot.core.llm.LlmUnavailableException} passes through so the caller
 * can fall back to the offline composer.
 */
public final class LlmCopywriter {
    static final double TEMPERATURE = 0.8;
    static final int MAX_TOKENS = 1200;

    private final LanguageModel model;

    public LlmCopywriter(LanguageModel model) {
        this.model = model;
    }

    /**
     * The model's copy, or empty when even the repaired answer was unreadable.
     *
     * @param written the copy (still possibly over a limit after the one repair; guardrails flag that)
     * @param reply the last reply, for provenance
     * @param repaired true when a second request was needed
     * @param problems what was wrong with the first answer, empty when nothing
     */
    public record Written(Optional<Copy> written, LlmReply reply, boolean repaired, List<String> problems) {}

    public Written write(ContentBrief brief, Prompt prompt, List<FewShotExample> examples, String actor) {
        List<LlmMessage> messages = new ArrayList<>();
        messages.add(LlmMessage.system(prompt.system()));
        for (FewShotExample e : examples) {
            messages.add(LlmMessage.user(e.user()));
            messages.add(LlmMessage.assistant(e.fieldsJson()));
        }
        messages.add(LlmMessage.user(prompt.user()));
        LlmRequest request =
                new LlmRequest("content." + brief.channel().wireName(), actor, messages, TEMPERATURE, MAX_TOKENS, true);
        LlmReply first = model.complete(request);
        List<String> problems = problems(brief, first.text());
        if (problems.isEmpty()) {
            return new Written(Optional.of(CopyParser.parse(brief.channel(), first.text())), first, false, List.of());
        }
        LlmReply second = model.complete(request.followedBy(
                LlmMessage.assistant(first.text()),
                LlmMessage.user("Your answer breaks these rules:\n- " + String.join("\n- ", problems)
                        + "\nAnswer again with the corrected JSON object only.")));
        try {
            return new Written(Optional.of(CopyParser.parse(brief.channel(), second.text())), second, true, problems);
        } catch (MarketPilotException e) {
            return new Written(Optional.empty(), second, true, problems);
        }
    }

    private static List<String> problems(ContentBrief brief, String answer) {
        Copy copy;
        try {
            copy = CopyParser.parse(brief.channel(), answer);
        } catch (MarketPilotException e) {
            return List.of(e.getMessage());
        }
        return CopyRules.violations(copy, brief.network());
    }
}
