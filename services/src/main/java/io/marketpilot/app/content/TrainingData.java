package io.marketpilot.app.content;

import io.marketpilot.content.prompt.Prompt;
import io.marketpilot.core.content.ContentItem;
import java.io.PrintStream;
import java.util.List;

/**
 * Approved texts as chat-format JSONL for fine-tuning elsewhere (the OpenAI fine-tuning layout, which most
 * trainers read): one line per text, {@code {"messages": [system, user, assistant]}} where the assistant message
 * is the approved fields as JSON. Drafts and rejected texts are never written.
 */
public final class TrainingData {
    private TrainingData() {}

    public static int write(List<ContentItem> approved, PrintStream out) {
        int n = 0;
        for (ContentItem i : approved) {
            out.println(Prompt.fromJson(i.prompt()).chatExample(i.fields()));
            n++;
        }
        out.flush();
        return n;
    }
}
