package io.marketpilot.app.web.dashboard;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Principal;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.support.Conversation;
import io.marketpilot.core.support.ConversationStatus;
import java.util.List;
import java.util.Optional;

/** The "Support" page: the hand-off queue with transcripts and a reply box, conversations, sources, gaps. */
final class SupportPage {
    private final Services app;
    private final Dashboard dashboard;

    SupportPage(Services app, Dashboard dashboard) {
        this.app = app;
        this.dashboard = dashboard;
    }

    void register(Javalin javalin) {
        javalin.get("/support", ctx -> dashboard.page(ctx, "Support", frame -> view(ctx, frame)), Access.PUBLIC);
        javalin.post("/support/reply", this::reply, Access.PUBLIC);
        javalin.post("/support/close", this::close, Access.PUBLIC);
    }

    private Dashboard.View view(Context ctx, Frame frame) {
        var support = app.support;
        var conversations = support.conversations();
        Optional<Conversation> selected = Optional.ofNullable(ctx.queryParam("c"))
                .filter(id -> !id.isBlank())
                .flatMap(conversations::find);
        List<Conversation> queue = conversations.recent(Optional.of(ConversationStatus.HANDOFF), 50);
        return new Dashboard.View(
                "support.jte",
                new SupportView(
                        frame,
                        conversations.countByStatus(),
                        queue,
                        conversations.recent(Optional.empty(), 25),
                        selected,
                        selected.map(c -> conversations.turns(c.id())).orElse(List.of()),
                        Dashboard.has(dashboard.principal(ctx), Role.MARKETER),
                        support.knowledgeBase().sources(),
                        conversations.unanswered(25),
                        support.languageModel().offline()
                                ? "extractive answers (no language model configured)"
                                : support.languageModel().provider() + "/"
                                        + support.languageModel().model()));
    }

    private void reply(Context ctx) {
        Principal agent = agent(ctx);
        String id = ctx.formParam("c");
        app.support.assistant().agentReply(id, agent.name(), ctx.formParam("text"));
        ctx.redirect("/support?c=" + id);
    }

    private void close(Context ctx) {
        agent(ctx);
        String id = ctx.formParam("c");
        app.support.assistant().close(id);
        ctx.redirect("/support?c=" + id);
    }

    private Principal agent(Context ctx) {
        Optional<Principal> who = dashboard.principal(ctx);
        if (who.isEmpty()) {
            throw new MarketPilotException(ErrorCode.UNAUTHORIZED, "Sign in to answer customers");
        }
        if (!who.get().role().includes(Role.MARKETER)) {
            throw new MarketPilotException(ErrorCode.FORBIDDEN, "Answering customers needs the marketer role");
        }
        return who.get();
    }
}
