package io.marketpilot.app.cli;

import io.marketpilot.app.copilot.PlanApproval;
import io.marketpilot.app.copilot.PlanView;
import io.marketpilot.app.copilot.PlannerChoice;
import io.marketpilot.app.services.Services;
import io.marketpilot.copilot.plan.Plan;
import io.marketpilot.copilot.plan.RuleBasedPlanner;
import io.marketpilot.copilot.tools.ToolCall;
import io.marketpilot.core.MarketPilotException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marketpilot plan …}: the strategy copilot's plans for a goal, kept for a person to approve or reject. */
@Command(
        name = "plan",
        description = "The strategy copilot: --goal \"…\" proposes a plan from the shop's figures (by the configured"
                + " language model calling the copilot's tools, else by rules; --planner picks one);"
                + " list, show, approve (launches it as drafts: a campaign, a paused journey for a win-back, or content"
                + " from its brief; nothing is sent), launch or reject kept plans.")
public final class PlanCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(
            names = "--goal",
            description = "What to achieve, e.g. \"win back lapsed high-value customers before Christmas\"")
    String goal = "";

    @Option(names = "--as", description = "Who asks (default: the OS user)")
    String as;

    @Option(
            names = "--planner",
            defaultValue = "auto",
            description = "auto (the language model when one is configured, else rules) | rules | llm")
    String planner = "auto";

    @Option(names = "--format", defaultValue = "table", description = CampaignPrinter.TABLE_OR_JSON)
    String format = "table";

    @Override
    public Integer call() {
        if (goal.isBlank()) {
            throw MarketPilotException.invalid("plan needs --goal \"…\" or one of list, show, approve, launch, reject");
        }
        PlannerChoice choice = PlannerChoice.parse(planner);
        try (Services app = store.open()) {
            print(app.copilot.plan(goal, CampaignArguments.actor(as), choice), format);
        }
        return 0;
    }

    @Command(name = "list", description = "Kept plans, newest first.")
    int list(
            @Mixin StoreOptions options,
            @Option(names = "--limit", defaultValue = "50", description = "1–200") int limit,
            @Option(names = "--format", defaultValue = "table", description = "table | json | jsonl | csv")
                    String listFormat) {
        try (Services app = options.open()) {
            List<PlanView> plans = app.copilot.list(limit);
            if (listFormat.equals("json")) {
                Output.json(plans, System.out);
                return 0;
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (PlanView p : plans) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", p.id());
                row.put("status", p.status());
                row.put("intent", p.plan().intent().wireName());
                row.put("segment", p.plan().proposal().segment());
                row.put("channel", p.plan().proposal().channel());
                row.put("planner", p.planner());
                row.put("created", p.createdAt().toString());
                row.put("goal", p.goal());
                row.put("launched", String.join(" ", p.launched()));
                rows.add(row);
            }
            Output.rows(rows, listFormat, System.out);
        }
        return 0;
    }

    @Command(name = "show", description = "One plan with its tool calls and their results.")
    int show(
            @Mixin StoreOptions options,
            @Parameters(paramLabel = "ID") long id,
            @Option(names = "--format", defaultValue = "table", description = CampaignPrinter.TABLE_OR_JSON)
                    String showFormat) {
        try (Services app = options.open()) {
            print(app.copilot.get(id), showFormat);
        }
        return 0;
    }

    @Command(
            name = "approve",
            description = "Approve a proposed plan and launch it as drafts: a campaign to its segment and, for a"
                    + " win-back or reactivation, a paused journey (each sent only after its own review); without"
                    + " approved content of its channel, variants drafted from its brief for the Content page.")
    int approve(
            @Mixin StoreOptions options,
            @Parameters(paramLabel = "ID") long id,
            @Option(names = "--comment", defaultValue = "", description = "Why") String comment,
            @Option(names = "--as", description = "Who approves (default: the OS user)") String reviewer,
            @Option(names = "--format", defaultValue = "table", description = CampaignPrinter.TABLE_OR_JSON)
                    String approveFormat) {
        try (Services app = options.open()) {
            print(app.copilot.approve(id, CampaignArguments.actor(reviewer), comment), approveFormat);
        }
        return 0;
    }

    @Command(
            name = "launch",
            description = "Launch an approved plan whose approval found no approved content, once a variant of its"
                    + " channel is approved: creates the drafts approval would have.")
    int launch(
            @Mixin StoreOptions options,
            @Parameters(paramLabel = "ID") long id,
            @Option(names = "--as", description = "Who launches (default: the OS user)") String actor,
            @Option(names = "--format", defaultValue = "table", description = CampaignPrinter.TABLE_OR_JSON)
                    String launchFormat) {
        try (Services app = options.open()) {
            print(app.copilot.launch(id, CampaignArguments.actor(actor)), launchFormat);
        }
        return 0;
    }

    private static void print(PlanApproval approval, String format) {
        if (CampaignPrinter.json(format)) {
            Output.json(approval, System.out);
        } else {
            System.out.println(
                    "Plan " + approval.plan().id() + " is " + approval.plan().status() + ". " + approval.note());
        }
    }

    @Command(name = "reject", description = "Reject a proposed plan, saying why.")
    int reject(
            @Mixin StoreOptions options,
            @Parameters(paramLabel = "ID") long id,
            @Option(names = "--comment", defaultValue = "", description = "Why (a rejection needs one)") String comment,
            @Option(names = "--as", description = "Who rejects (default: the OS user)") String reviewer) {
        try (Services app = options.open()) {
            PlanView p = app.copilot.reject(id, CampaignArguments.actor(reviewer), comment);
            System.out.println("Plan " + id + " is " + p.status() + ".");
        }
        return 0;
    }

    private static void print(PlanView view, String format) {
        if (CampaignPrinter.json(format)) {
            Output.json(view, System.out);
            return;
        }
        Plan plan = view.plan();
        Plan.Proposal p = plan.proposal();
        String prompt =
                view.promptVersion().equals(RuleBasedPlanner.PROMPT_VERSION) ? "" : ", prompt " + view.promptVersion();
        System.out.println("Plan " + view.id() + " (" + view.status() + ", planned by " + view.planner() + prompt
                + ", intent " + plan.intent().wireName() + ")");
        System.out.println("Goal:        " + plan.goal());
        System.out.println("Audience:    " + p.audience());
        System.out.println("Offer:       " + p.offer());
        System.out.println("Channel:     " + p.channel() + " — " + p.timing());
        System.out.println("Brief:       " + p.contentBrief());
        System.out.println("Measurement: " + p.measurement());
        for (Plan.Estimate e : plan.estimates()) {
            System.out.println("Expected:    " + e.name() + " " + e.low() + " to " + e.high() + " " + e.unit());
        }
        System.out.println("Why:         " + plan.reasoning());
        System.out.println("Tool calls:");
        for (ToolCall c : plan.toolCalls()) {
            System.out.println("  " + c.id());
            System.out.println("    " + c.summary());
        }
    }
}
