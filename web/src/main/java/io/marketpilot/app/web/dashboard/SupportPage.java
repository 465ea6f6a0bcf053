package io.marketpilot.app.web.dashboard;

import io.javalin.http.Context;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.app.web.auth.Routes;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.support.Conversation;
import io.marketpilot.core.support.ConversationStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The "Support" page: the hand-off queue with transcripts and a reply box, conversations, sources, gaps. */
final class SupportPage {
    private final Services app;
    private final Dashboard dashboard;

    SupportPage(Services app, Dashboard dashboard) {
        this.app = app;
        this.dashboard = dashboard;
    }

    void register(Routes routes) {
        routes.page("/support", Access.VIEWER, ctx -> dashboard.page(ctx, "Support", frame -> view(ctx, frame)));
        routes.form("/support/reply", Access.MARKETER, this::reply);
        routes.form("/support/close", Access.MARKETER, this::close);
        routes.form("/support/customer", Access.MARKETER, this::tieToCustomer);
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
                        Dashboard.callerHas(ctx, Role.MARKETER),
                        support.knowledgeBase().sources(),
                        conversations.unanswered(25),
                        support.languageModel().offline()
                                ? "extractive answers (no language model configured)"
                                : support.languageModel().provider() + "/"
                                        + support.languageModel().model()));
    }

    private void reply(Context ctx) {
        // a field missing from the form reads as empty: the assistant refuses an empty reply and an unknown
        // conversation
        String id = formField(ctx, "c");
        app.support.assistant().agentReply(id, Authenticator.principal(ctx).name(), formField(ctx, "text"));
        ctx.redirect("/support?c=" + id);
    }

    /** The agent learned who the conversation is with: an escalation then holds that customer back from promotions. */
    private void tieToCustomer(Context ctx) {
        String id = formField(ctx, "c");
        app.support.tieToCustomer(id, formField(ctx, "customer").strip());
        ctx.redirect("/support?c=" + id);
    }

    private void close(Context ctx) {
        String id = formField(ctx, "c");
        app.support.assistant().close(id);
        ctx.redirect("/support?c=" + id);
    }

    private static String formField(Context ctx, String name) {
        return Objects.requireNonNullElse(ctx.formParam(name), "");
    }
}
