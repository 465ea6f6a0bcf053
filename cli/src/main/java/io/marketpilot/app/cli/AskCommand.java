package io.marketpilot.app.cli;

import io.marketpilot.app.services.Services;
import io.marketpilot.assistant.chat.Reply;
import io.marketpilot.core.support.Turn;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marketpilot ask "question"}: one question to the support assistant, answered from the knowledge base. */
@Command(name = "ask", description = "Ask the support assistant one question (answers cite the knowledge base).")
public final class AskCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "QUESTION")
    String question;

    @Option(names = "--format", defaultValue = "text", description = "text | json")
    String format;

    @Option(
            names = "--customer",
            description = "The customer asking (an id), when known: an escalation then holds them back from promotions")
    String customer;

    @Override
    public Integer call() {
        try (Services app = store.open()) {
            var assistant = app.support.assistant();
            String id = app.support
                    .start("cli", java.util.Optional.ofNullable(customer))
                    .id();
            Reply reply = assistant.ask(id, question);
            Turn answer = reply.answer().orElseThrow();
            if (format.equals("json")) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("answer", answer.text());
                out.put("outcome", answer.outcome());
                out.put("citations", answer.citations());
                out.put("model", answer.model());
                out.put("intent", reply.question().intent());
                out.put("sentiment", reply.question().sentiment());
                out.put("status", reply.conversation().status().wireName());
                out.put("conversation", id);
                Output.json(out, System.out);
            } else {
                System.out.println(answer.text());
                System.out.println();
                System.out.println("(" + answer.outcome() + ", " + answer.model() + ")");
            }
        }
        return 0;
    }
}
