package io.marketpilot.assistant.chat;

import io.marketpilot.assistant.kb.Passage;
import io.marketpilot.core.llm.LanguageModel;
import io.marketpilot.core.llm.LlmMessage;
import io.marketpilot.core.llm.LlmReply;
import io.marketpilot.core.llm.LlmRequest;
import io.marketpilot.core.llm.LlmUnavailableException;
import io.marketpilot.core.support.Speaker;
import io.marketpilot.core.support.Turn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes an answer from retrieved passages only. With a language model, the model sees the passages (as quoted
 * data, see {@link Guardrails}), this conversation's recent turns and the question, and must cite passages by
 * number; a reply without a valid citation is not trusted and the extractive answer is given instead. Offline, or
 * when the model is unavailable, the answer is extractive: the best passage (a FAQ entry's answer) with its
 * citation, and the fallback says so.
 */
public final class GroundedAnswerer {
    /** Earlier turns of the same conversation the model sees. */
    static final int MEMORY_TURNS = 6;
    /** Passages shown to the model. */
    static final int PASSAGES = 4;
    /** Longest extractive quote. */
    static final int MAX_QUOTE = 700;

    private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,2})]");

    private final LanguageModel model;
    private final PromptLeakGuard leaks;

    public GroundedAnswerer(LanguageModel model, PromptLeakGuard leaks) {
        this.model = model;
        this.leaks = leaks;
    }

    /**
     * Answers the question from the passages: the model's cited answer, or the extractive one when there is no model,
     * it is unavailable, or its reply cites nothing valid.
     *
     * @param passages retrieved passages, best first, already judged confident enough
     * @param history this conversation's earlier turns (and only this conversation's)
     * @param extractiveModel the provenance label for extractive answers
     */
    public Answer answer(
            String question,
            String language,
            List<Passage> passages,
            List<Turn> history,
            String actor,
            String extractiveModel) {
        if (model.offline()) {
            return extractive(passages, language, extractiveModel, Answer.ANSWERED, "");
        }
        List<Passage> shown = passages.subList(0, Math.min(PASSAGES, passages.size()));
        try {
            LlmReply reply = model.complete(request(question, shown, history, actor));
            String provenance = reply.provider() + "/" + reply.model();
            String text = reply.text().strip();
            if (leaks.leaks(text)) {
                return new Answer(Guardrails.refusal(language), Answer.REFUSED, List.of(), provenance);
            }
            if (text.contains(Guardrails.NO_ANSWER)) {
                return new Answer("", Answer.NOT_FOUND, List.of(), provenance);
            }
            List<String> cited = cited(text, shown);
            if (cited.isEmpty()) {
                return extractive(passages, language, extractiveModel, Answer.FALLBACK, "");
            }
            return new Answer(text, Answer.ANSWERED, cited, provenance);
        } catch (LlmUnavailableException e) {
            String note = language.equals("zh")
                    ? "（AI 模型暂时不可用，以下是知识库中最相关的内容。）\n"
                    : "(The AI model is unavailable right now, so here is the best matching passage.)\n";
            return extractive(passages, language, extractiveModel, Answer.FALLBACK, note);
        }
    }

    static LlmRequest request(String question, List<Passage> passages, List<Turn> history, String actor) {
        List<LlmMessage> messages = new ArrayList<>();
        messages.add(LlmMessage.system(Guardrails.SYSTEM_PROMPT));
        List<Turn> recent = history.subList(Math.max(0, history.size() - MEMORY_TURNS), history.size());
        for (Turn t : recent) {
            messages.add(t.speaker() == Speaker.CUSTOMER ? LlmMessage.user(t.text()) : LlmMessage.assistant(t.text()));
        }
        StringBuilder user = new StringBuilder("<passages>\n");
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            user.append("<passage id=\"")
                    .append(i + 1)
                    .append("\" source=\"")
                    .append(Guardrails.quote(p.chunk().citation()).replace("\"", "'"))
                    .append("\">\n")
                    .append(Guardrails.quote(p.chunk().indexedText()))
                    .append("\n</passage>\n");
        }
        user.append("</passages>\n\nCustomer question: ").append(question);
        messages.add(LlmMessage.user(user.toString()));
        return new LlmRequest("assistant", actor, messages, 0.2, 400, false);
    }

    /** The passages a reply cites by number, in order of first citation; unknown numbers are ignored. */
    static List<String> cited(String text, List<Passage> shown) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n >= 1 && n <= shown.size()) {
                out.add(shown.get(n - 1).chunk().citation());
            }
        }
        return List.copyOf(out);
    }

    static Answer extractive(List<Passage> passages, String language, String model, String outcome, String note) {
        Passage best = passages.getFirst();
        String quote = best.chunk().text().strip();
        if (quote.length() > MAX_QUOTE) {
            int cut = quote.lastIndexOf(' ', MAX_QUOTE);
            quote = quote.substring(0, cut > MAX_QUOTE / 2 ? cut : MAX_QUOTE) + " …";
        }
        String source = (language.equals("zh") ? "来源：" : "Source: ") + "[1] "
                + best.chunk().citation();
        return new Answer(
                note + quote + "\n\n" + source, outcome, List.of(best.chunk().citation()), "extractive/" + model);
    }
}
