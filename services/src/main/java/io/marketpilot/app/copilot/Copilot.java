package io.marketpilot.app.copilot;

import io.marketpilot.app.campaign.CampaignService;
import io.marketpilot.app.content.StoreContent;
import io.marketpilot.app.journey.JourneyService;
import io.marketpilot.copilot.plan.LlmPlanner;
import io.marketpilot.copilot.plan.Plan;
import io.marketpilot.copilot.plan.PlanCodec;
import io.marketpilot.copilot.plan.RuleBasedPlanner;
import io.marketpilot.copilot.tools.CopilotTools;
import io.marketpilot.copilot.tools.ToolCatalogue;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.audit.AuditLog;
import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.core.content.ContentItem;
import io.marketpilot.core.copilot.PlanStatus;
import io.marketpilot.core.copilot.PlanStore;
import io.marketpilot.core.copilot.StoredPlan;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.core.input.TextRules;
import io.marketpilot.core.llm.LanguageModel;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The copilot's use cases: a plan for a goal (kept with its tool calls and snapshots), the plans kept, and a
 * person's review. Approval launches the plan as drafts (a campaign, a paused journey, content from its brief) in the
 * flows that review them; nothing is sent before their own approvals.
 */
public final class Copilot {
    /** The most plans one listing returns. */
    public static final int MAX_LISTED = 200;
    /** The goal's longest accepted form. */
    public static final int MAX_GOAL = 2_000;

    private final RuleBasedPlanner rules;
    /** The planner over the configured language model; empty when none is configured. */
    private final Optional<LlmPlanner> llm;

    private final PlanStore plans;
    private final CampaignService campaigns;
    private final JourneyService journeys;
    private final PlanLauncher launcher;
    private final AuditLog audit;
    private final Clock clock;

    /**
     * The copilot over the services, planning with {@code tools} (see {@link StoreCopilotTools}): by the rules, and
     * through the model as well when one is configured.
     */
    public static Copilot create(
            PlanStore plans,
            CopilotTools tools,
            CampaignService campaigns,
            JourneyService journeys,
            StoreContent content,
            QuietHours quietHours,
            LanguageModel model,
            AuditLog audit,
            Clock clock) {
        return new Copilot(
                new RuleBasedPlanner(tools),
                model.offline()
                        ? Optional.empty()
                        : Optional.of(new LlmPlanner(new ToolCatalogue(tools), model, LlmPlanner.MAX_TOOL_CALLS)),
                plans,
                campaigns,
                journeys,
                new PlanLauncher(campaigns, journeys, content, quietHours, clock),
                audit,
                clock);
    }

    Copilot(
            RuleBasedPlanner rules,
            Optional<LlmPlanner> llm,
            PlanStore plans,
            CampaignService campaigns,
            JourneyService journeys,
            PlanLauncher launcher,
            AuditLog audit,
            Clock clock) {
        this.rules = rules;
        this.llm = llm;
        this.plans = plans;
        this.campaigns = campaigns;
        this.journeys = journeys;
        this.launcher = launcher;
        this.audit = audit;
        this.clock = clock;
    }

    /** Plans for {@code goal} with the default planner (the model when one is configured), keeps the plan. */
    public PlanView plan(String goal, String actor) {
        return plan(goal, actor, PlannerChoice.AUTO);
    }

    /**
     * Plans for {@code goal} with the chosen planner, keeps the plan with the planner's name (for a model, its
     * provider and model) and prompt version, and returns it as kept. A model's plan that fails verification twice,
     * or a model that cannot answer, is refused and audited; the rules never stand in for it unasked.
     */
    public PlanView plan(String goal, String actor, PlannerChoice choice) {
        String g = goal.strip();
        if (g.isEmpty() || g.length() > MAX_GOAL) {
            throw MarketPilotException.invalid(
                    "A goal has 1 to " + MAX_GOAL + " characters, e.g. \"win back lapsed" + " high-value customers\"");
        }
        Plan plan =
                switch (choice) {
                    case RULES -> rules.plan(g);
                    case LLM ->
                        byModel(
                                g,
                                actor,
                                llm.orElseThrow(() -> MarketPilotException.invalid(
                                        "No language model is configured, so there is no LLM planner: set MARKETPILOT_LLM_PROVIDER"
                                                + " (openai or ollama), MARKETPILOT_LLM_BASE_URL and MARKETPILOT_LLM_MODEL, or plan"
                                                + " with the rules")));
                    case AUTO -> llm.isPresent() ? byModel(g, actor, llm.get()) : rules.plan(g);
                };
        StoredPlan kept = plans.save(StoredPlan.proposed(
                g,
                plan.planner(),
                plan.promptVersion(),
                PlanCodec.write(plan),
                plan.snapshotIds(),
                actor,
                clock.instant()));
        audit.record(
                actor, "plan.propose", String.valueOf(kept.id()), plan.intent().wireName());
        return PlanView.of(kept);
    }

    /** The planner a plan gets by default: the model's name when one is configured, else the rules'. */
    public String defaultPlanner() {
        return llm.map(LlmPlanner::name).orElse(RuleBasedPlanner.NAME);
    }

    private Plan byModel(String goal, String actor, LlmPlanner planner) {
        try {
            return planner.plan(goal, actor);
        } catch (MarketPilotException refused) {
            audit.record(actor, "plan.refused", planner.name(), String.valueOf(refused.getMessage()));
            throw refused;
        }
    }

    public PlanView get(long id) {
        return PlanView.of(find(id));
    }

    /** The newest plans first. */
    public List<PlanView> list(int limit) {
        return plans.list(Math.clamp(limit, 1, MAX_LISTED)).stream()
                .map(PlanView::of)
                .toList();
    }

    /**
     * Approves a proposed plan and launches it as drafts (see {@link PlanLauncher}): a draft campaign, and a paused
     * journey for a win-back or reactivation, both sending the newest approved content of the plan's channel. A
     * channel without approved content gets variants drafted from the plan's brief instead; the plan stays approved
     * until one is approved and the plan is {@linkplain #launch launched}.
     */
    public PlanApproval approve(long id, String actor, String comment) {
        StoredPlan stored = decide(id, PlanStatus.APPROVED, actor, comment);
        Plan plan = PlanCodec.read(stored.body());
        Optional<ContentItem> item = launcher.approvedContent(plan);
        return item.isPresent()
                ? launched(id, launcher.launch(id, plan, item.get(), actor), actor)
                : answer(id, launcher.draftContent(id, plan, actor));
    }

    /**
     * Launches an approved plan whose approval found no approved content: once a variant of its channel is approved,
     * creates the drafts approval would have.
     */
    public PlanApproval launch(long id, String actor) {
        StoredPlan stored = find(id);
        if (stored.status() != PlanStatus.APPROVED) {
            throw conflict(
                    id,
                    "Plan " + id + " is " + stored.status().wireName() + "; only an approved plan that has not"
                            + " launched yet can be launched");
        }
        Plan plan = PlanCodec.read(stored.body());
        ContentItem item = launcher.approvedContent(plan)
                .orElseThrow(() -> conflict(
                        id,
                        "No approved " + plan.proposal().channel() + " content exists yet: approve a variant on the"
                                + " Content page (approving the plan drafted some from its brief), then launch it"));
        return launched(id, launcher.launch(id, plan, item, actor), actor);
    }

    private PlanApproval launched(long id, PlanLauncher.Launch launch, String actor) {
        plans.launched(id, launch.drafts());
        audit.record(actor, "plan.launch", String.valueOf(id), String.join(" ", launch.drafts()));
        return answer(id, launch);
    }

    private PlanApproval answer(long id, PlanLauncher.Launch launch) {
        return new PlanApproval(
                get(id),
                launch.campaignId().orElse(null),
                launch.journeyId().orElse(null),
                launch.contentDrafts(),
                launch.note());
    }

    /** Rejects a proposed plan; a rejection says why, as a campaign's does. */
    public PlanView reject(long id, String actor, String comment) {
        if (comment.isBlank() && find(id).status().reviewable()) {
            throw MarketPilotException.invalid("A rejection says why: give a comment (it is kept with the plan)");
        }
        decide(id, PlanStatus.REJECTED, actor, comment);
        return get(id);
    }

    /** What the plan predicted beside what the drafts it launched measured so far (their reports' figures). */
    public PlanOutcome outcome(long id) {
        return PlanOutcome.of(get(id), campaigns::report, journeys::report);
    }

    private StoredPlan decide(long id, PlanStatus decision, String actor, String comment) {
        TextRules.requireFits("comment", comment, FieldLimits.NOTE);
        StoredPlan stored = find(id);
        if (!stored.status().reviewable()
                || !plans.review(id, decision, new StoredPlan.Review(actor, clock.instant(), comment))) {
            throw conflict(
                    id,
                    "Plan " + id + " is " + find(id).status().wireName() + "; only a proposed plan can be "
                            + decision.wireName());
        }
        String action = decision == PlanStatus.APPROVED ? "plan.approve" : "plan.reject";
        audit.record(actor, action, String.valueOf(id), comment);
        return stored;
    }

    private StoredPlan find(long id) {
        return plans.find(id).orElseThrow(() -> MarketPilotException.notFound("Plan", String.valueOf(id)));
    }

    private static MarketPilotException conflict(long id, String message) {
        return new MarketPilotException(ErrorCode.CONFLICT, message, Map.of("id", String.valueOf(id)));
    }
}
