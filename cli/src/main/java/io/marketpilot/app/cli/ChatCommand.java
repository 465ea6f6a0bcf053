package io.marketpilot.app.cli;

import io.marketpilot.app.services.Services;
import io.marketpilot.core.support.Speaker;
import io.marketpilot.core.support.Turn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code marketpilot chat}: a conversation with the support assistant in the terminal, with memory of the earlier
 * turns; agents' replies from the dashboard appear before the next prompt. {@code /human} asks for an agent,
 * {@code /quit} (or end of input) leaves.
 */
@Command(name = "chat", description = "Talk to the support assistant in the terminal (/human for an agent, /quit).")
public final class ChatCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws IOException {
        try (Services app = store.open()) {
            var assistant = app.support.assistant();
            String id = assistant.start("cli").id();
            System.out.println(
                    "Support assistant (" + app.support.languageModel().provider()
                            + "). Ask a question; /human for a person, /quit to leave. Conversation " + id);
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            int seen = 0;
            while (true) {
                for (Turn t : assistant.transcript(id, seen)) {
                    seen = t.seq();
                    if (t.speaker() == Speaker.AGENT) {
                        System.out.println("agent " + t.model() + ": " + t.text());
                    }
                }
                System.out.print("> ");
                System.out.flush();
                String line = in.readLine();
                if (line == null || line.strip().equals("/quit")) {
                    break;
                }
                if (line.isBlank()) {
                    continue;
                }
                if (line.strip().equals("/human")) {
                    assistant.requestHuman(id);
                } else {
                    assistant.ask(id, line);
                }
                for (Turn t : assistant.transcript(id, seen)) {
                    seen = t.seq();
                    if (t.speaker() != Speaker.CUSTOMER) {
                        System.out.println(t.text());
                    }
                }
                if (assistant.conversation(id).status() == io.marketpilot.core.support.ConversationStatus.HANDOFF) {
                    System.out.println("(an agent will answer in the dashboard's Support page; press Enter to check)");
                }
            }
        }
        return 0;
    }
}
