package io.marketpilot.app.experiment;

import io.marketpilot.app.webhook.WebhookEvents;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.audit.AuditLog;
import io.marketpilot.core.experiment.Experiment;
import io.marketpilot.core.experiment.ExperimentStatus;
import io.marketpilot.core.experiment.ExperimentStore;
import io.marketpilot.core.experiment.PrimaryMetric;
import io.marketpilot.core.experiment.Variant;
import io.marketpilot.core.webhook.WebhookEventType;
import io.marketpilot.experiments.assignment.Allocation;
import io.marketpilot.experiments.assignment.VariantAssigner;
import io.marketpilot.experiments.bandit.BanditPolicies;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** Experiments' life cycle (create, start, stop, decide) and sticky assignment of units to variants. */
public final class ExperimentService {
    private final ExperimentStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final Eligibility eligibility;
    private final WebhookEvents webhooks;
    private final Map<String, VariantAssigner> assigners = new ConcurrentHashMap<>();

    /**
     * @param eligibility decides who is in an experiment's target segment (checked at creation and for every unit)
     * @param webhooks hears of each decision ({@code experiment.decided})
     */
    public ExperimentService(
            ExperimentStore store, AuditLog audit, Clock clock, Eligibility eligibility, WebhookEvents webhooks) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.eligibility = eligibility;
        this.webhooks = webhooks;
    }

    /** Where a unit goes: its variant's index, name and what to show. */
    public record Assignment(
            String experimentId,
            String unitId,
            int index,
            String variant,
            @Nullable String contentId,
            String payload,
            String method) {}

    public Experiment create(NewExperiment spec, String actor) {
        if (spec.variants() == null || spec.variants().size() < 2) {
            throw MarketPilotException.invalid("An experiment needs at least two variants (the first is the control)");
        }
        String design = spec.design() == null || spec.design().isBlank()
                ? Experiment.AB
                : spec.design().strip();
        if (!design.equals(Experiment.AB) && !BanditPolicies.NAMES.contains(design)) {
            throw MarketPilotException.invalid(
                    "Unknown design '" + design + "': use ab or a bandit policy " + BanditPolicies.NAMES);
        }
        PrimaryMetric metric = spec.metric() == null ? PrimaryMetric.CONVERSION : PrimaryMetric.parse(spec.metric());
        for (String g : spec.guardrails() == null ? List.<String>of() : spec.guardrails()) {
            PrimaryMetric.parse(g);
        }
        String segment = spec.segment() == null || spec.segment().isBlank()
                ? null
                : spec.segment().strip();
        if (segment != null) {
            eligibility.unknownSegment(segment).ifPresent(why -> {
                throw MarketPilotException.invalid("Cannot target segment '" + segment + "': " + why);
            });
        }
        String name = spec.name();
        if (name == null || name.isBlank()) {
            throw MarketPilotException.invalid("An experiment needs a name");
        }
        String id = spec.id() == null || spec.id().isBlank()
                ? slug(name)
                : spec.id().strip();
        double effect = spec.expectedEffect() != null ? spec.expectedEffect() : metric.binary() ? 0.01 : 1.0;
        Experiment e = new Experiment(
                id,
                name,
                design,
                ExperimentStatus.DRAFT,
                metric,
                spec.guardrails() == null ? List.of() : spec.guardrails(),
                segment,
                spec.salt() == null || spec.salt().isBlank() ? id : spec.salt(),
                spec.alpha() == null ? 0.05 : spec.alpha(),
                effect,
                spec.campaignId() == null || spec.campaignId().isBlank()
                        ? null
                        : spec.campaignId().strip(),
                now(),
                null,
                null,
                null,
                null,
                spec.variants());
        store.create(e);
        audit.record(actor, "experiment.create", id, e.variants().size() + " variants, " + design);
        return e;
    }

    public Experiment get(String id) {
        return store.find(id).orElseThrow(() -> MarketPilotException.notFound("Experiment", id));
    }

    public Optional<Experiment> find(String id) {
        return store.find(id);
    }

    public List<Experiment> list() {
        return store.list(Optional.empty());
    }

    public List<Experiment> campaign(String campaignId) {
        return store.list(Optional.of(campaignId));
    }

    /** Starts (or resumes) an experiment; every variant must have been approved by a person first. */
    public Experiment start(String id, String actor) {
        return start(id, actor, now());
    }

    /** Starts an experiment as of a given time (the demo backdates its simulated experiments). */
    public Experiment start(String id, String actor, LocalDateTime at) {
        Experiment e = get(id);
        if (e.status() != ExperimentStatus.DRAFT && e.status() != ExperimentStatus.STOPPED) {
            throw conflict(e, "cannot start an experiment that is " + e.status().wireName());
        }
        List<String> unapproved = e.variants().stream()
                .filter(v -> !v.approved())
                .map(Variant::name)
                .toList();
        if (!unapproved.isEmpty()) {
            throw conflict(e, "variants " + unapproved + " are not approved yet; only approved content may run");
        }
        return save(e.withStatus(ExperimentStatus.RUNNING, at, null), actor, "experiment.start");
    }

    public Experiment stop(String id, String actor) {
        Experiment e = get(id);
        if (e.status() != ExperimentStatus.RUNNING) {
            throw conflict(
                    e,
                    "only a running experiment can be stopped; it is "
                            + e.status().wireName());
        }
        return save(e.withStatus(ExperimentStatus.STOPPED, now(), null), actor, "experiment.stop");
    }

    /** Records the decision; assignment then stops and the report keeps the decision text as its provenance. */
    public Experiment decide(String id, String decision, String actor) {
        Experiment e = get(id);
        if (e.status() == ExperimentStatus.DRAFT || e.status() == ExperimentStatus.DECIDED) {
            throw conflict(
                    e, "cannot decide an experiment that is " + e.status().wireName());
        }
        Experiment decided = save(e.withStatus(ExperimentStatus.DECIDED, now(), decision), actor, "experiment.decide");
        webhooks.publish(
                WebhookEventType.EXPERIMENT_DECIDED,
                "experiment.decided:" + id,
                Map.of("experimentId", id, "decision", decision, "decidedBy", actor));
        return decided;
    }

    /** A person approves a variant (e.g. a drafted challenger) so the experiment may run it. */
    public Experiment approve(String id, String variantName, String actor) {
        Experiment e = get(id);
        int index = e.variantIndex(variantName)
                .orElseThrow(() -> MarketPilotException.notFound("Variant", id + "/" + variantName));
        if (e.status() != ExperimentStatus.DRAFT) {
            throw conflict(e, "variants can only be approved while the experiment is a draft");
        }
        var variants = new java.util.ArrayList<>(e.variants());
        variants.set(index, variants.get(index).approve());
        return save(e.withVariants(variants), actor, "experiment.approve");
    }

    /** The sticky variant of a unit in a running A/B test: hashing (salt, unit id), nothing stored. */
    public Assignment assign(String id, String unitId) {
        Experiment e = get(id);
        if (unitId == null || unitId.isBlank()) {
            throw MarketPilotException.invalid("A unit id is required");
        }
        if (e.status() != ExperimentStatus.RUNNING) {
            throw conflict(
                    e, "it is " + e.status().wireName() + ", not running; units are assigned only while it runs");
        }
        if (e.bandit()) {
            throw conflict(e, "it is a bandit (" + e.design() + "); ask /experiments/" + id + "/arm for a unit's arm");
        }
        requireEligible(e, unitId);
        int index = assigner(e).assign(unitId);
        Variant v = e.variants().get(index);
        return new Assignment(
                id,
                unitId,
                index,
                v.name(),
                v.contentId(),
                v.payload(),
                "SHA-256 of (salt, unit id) into 10,000 buckets, weights " + java.util.Arrays.toString(e.weights()));
    }

    /**
     * The variant an A/B test gives a unit, by the same hash as {@link #assign}, once it has started (running,
     * stopped or decided: a journey's branch keeps splitting as the test did); empty for an unknown experiment, a
     * draft, a bandit (its arms are drawn per pull, not kept per unit) and a unit outside its target segment.
     */
    public Optional<String> stickyArm(String id, String unitId) {
        return find(id).filter(e -> e.status() != ExperimentStatus.DRAFT && !e.bandit())
                .filter(e -> e.segment() == null
                        || eligibility.whyNot(e.segment(), unitId).isEmpty())
                .map(e -> e.variants().get(assigner(e).assign(unitId)).name());
    }

    /** Refuses a unit outside the experiment's target segment (everyone is in an untargeted experiment). */
    void requireEligible(Experiment e, String unitId) {
        if (e.segment() == null) {
            return;
        }
        eligibility.whyNot(e.segment(), unitId).ifPresent(why -> {
            throw new MarketPilotException(
                    ErrorCode.CONFLICT,
                    "Unit '" + unitId + "' is not in experiment '" + e.id() + "''s target segment '" + e.segment()
                            + "': " + why,
                    Map.of("segment", e.segment(), "unitId", unitId));
        });
    }

    /** The assigner of an experiment, for checking many events' variants; no status check. */
    VariantAssigner assigner(Experiment e) {
        String key = e.id() + "\u0000" + e.salt() + "\u0000" + java.util.Arrays.toString(e.weights());
        return assigners.computeIfAbsent(key, k -> new VariantAssigner(e.salt(), new Allocation(e.weights())));
    }

    private Experiment save(Experiment e, String actor, String action) {
        store.update(e);
        audit.record(actor, action, e.id(), e.status().wireName());
        return e;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    private static MarketPilotException conflict(Experiment e, String why) {
        return new MarketPilotException(
                ErrorCode.CONFLICT,
                "Experiment '" + e.id() + "': " + why,
                Map.of("status", e.status().wireName()));
    }

    private static String slug(@Nullable String name) {
        if (name == null || name.isBlank()) {
            throw MarketPilotException.invalid("An experiment needs a name");
        }
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        s = s.isEmpty() ? "experiment" : s.substring(0, Math.min(40, s.length()));
        return s + "-" + UUID.randomUUID().toString().substring(0, 6);
    }
}
