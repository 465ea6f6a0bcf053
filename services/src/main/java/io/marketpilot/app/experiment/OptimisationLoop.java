package io.marketpilot.app.experiment;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.experiment.Experiment;
import io.marketpilot.core.experiment.ExperimentStatus;
import io.marketpilot.core.experiment.OptimisationRound;
import io.marketpilot.core.experiment.OptimisationRounds;
import io.marketpilot.core.experiment.Variant;
import io.marketpilot.experiments.report.ExperimentReport;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A campaign's optimisation loop, one round per experiment: when the report is decisive the experiment is decided,
 * losers are retired, the winner is promoted to control of the next round, and the {@link ChallengerWriter} is
 * asked for challengers conditioned on the winner and what distinguished it. Drafted challengers enter the next
 * round's experiment unapproved, so nothing runs before a person approves it. Every round is kept.
 */
public final class OptimisationLoop {
    static final int CHALLENGERS_PER_ROUND = 2;

    private final ExperimentService experiments;
    private final ExperimentReports reports;
    private final OptimisationRounds rounds;
    private final ChallengerWriter writer;
    private final Clock clock;

    public OptimisationLoop(
            ExperimentService experiments,
            ExperimentReports reports,
            OptimisationRounds rounds,
            ChallengerWriter writer,
            Clock clock) {
        this.experiments = experiments;
        this.reports = reports;
        this.rounds = rounds;
        this.writer = writer;
        this.clock = clock;
    }

    /** Decides the experiment's round if the evidence is decisive; otherwise says why not (409). */
    public OptimisationRound advance(String experimentId, String actor) {
        Experiment e = experiments.get(experimentId);
        if (e.campaignId() == null) {
            throw MarketPilotException.invalid(
                    "Experiment '" + experimentId + "' belongs to no campaign; create it with a campaign id");
        }
        if (e.status() != ExperimentStatus.RUNNING && e.status() != ExperimentStatus.STOPPED) {
            throw new MarketPilotException(
                    ErrorCode.CONFLICT,
                    "Experiment '" + experimentId + "' is " + e.status().wireName() + "; only running or stopped"
                            + " experiments can be decided",
                    Map.of("status", e.status().wireName()));
        }
        ExperimentReport report = reports.report(experimentId, ExperimentReports.DEFAULT_CUPED_DAYS)
                .report();
        ExperimentReport.Recommendation rec = report.recommendation();
        if (!rec.action().decisive()) {
            throw new MarketPilotException(
                    ErrorCode.CONFLICT,
                    "Not decisive yet: " + rec.text(),
                    Map.of("action", rec.action().wireName()));
        }
        String winnerName = rec.action() == ExperimentReport.Action.SHIP
                ? Objects.requireNonNull(rec.variant(), "a recommendation to ship names its variant")
                : e.variants().getFirst().name();
        Variant winner = e.variants().get(e.variantIndex(winnerName).orElseThrow());
        List<Variant> losers =
                e.variants().stream().filter(v -> !v.name().equals(winnerName)).toList();
        String lift = report.comparisons().stream()
                .filter(c -> c.variant().equals(winnerName))
                .findFirst()
                .map(c -> "beat the control by "
                        + ExperimentReportsText.effect(c.diff(), e.metric().binary()))
                .orElse(
                        rec.action() == ExperimentReport.Action.SHIP
                                ? "won"
                                : "held its ground (no challenger did better)");
        String distinguished = WinnerDistinction.describe(
                winnerName,
                winner.payload(),
                losers.stream().map(Variant::payload).toList(),
                lift);

        ChallengerWriter.Drafts drafts = writer.write(new ChallengerWriter.Brief(
                e.campaignId(),
                winner.payload(),
                distinguished,
                losers.stream().map(Variant::payload).toList(),
                CHALLENGERS_PER_ROUND,
                java.util.Optional.ofNullable(e.segment()).filter(s -> !s.isBlank())));
        experiments.decide(experimentId, rec.text(), actor);
        int roundNo = rounds.forCampaign(e.campaignId()).size() + 1;
        String next = drafts.texts().isEmpty() ? null : nextRound(e, winner, drafts, roundNo + 1, actor);
        String recommendation =
                rec.text() + (drafts.note() == null || drafts.note().isBlank() ? "" : " " + drafts.note());
        OptimisationRound round = new OptimisationRound(
                0,
                e.campaignId(),
                roundNo,
                experimentId,
                rec.action() == ExperimentReport.Action.SHIP
                        ? "winner"
                        : rec.action().wireName(),
                winnerName,
                losers.stream().map(Variant::name).toList(),
                distinguished,
                drafts.texts(),
                drafts.source(),
                next,
                recommendation,
                LocalDateTime.now(clock).withNano(0));
        long id = rounds.add(round);
        return new OptimisationRound(
                id,
                round.campaignId(),
                round.round(),
                round.experimentId(),
                round.outcome(),
                round.winner(),
                round.retired(),
                round.distinguished(),
                round.challengers(),
                round.challengerSource(),
                round.nextExperimentId(),
                round.recommendation(),
                round.decidedAt());
    }

    public List<OptimisationRound> history(String campaignId) {
        return rounds.forCampaign(campaignId);
    }

    private String nextRound(Experiment e, Variant winner, ChallengerWriter.Drafts drafts, int roundNo, String actor) {
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant(winner.name(), 1, winner.contentId(), winner.payload(), true));
        int n = 1;
        for (String text : drafts.texts()) {
            String name = "challenger-" + roundNo + "-" + n++;
            variants.add(new Variant(name, 1, null, text, false));
        }
        String id = e.campaignId() + "-round-" + roundNo;
        experiments.create(
                new NewExperiment(
                        id,
                        e.name() + " (round " + roundNo + ")",
                        e.design(),
                        e.metric().wireName(),
                        e.guardrails(),
                        e.segment(),
                        null,
                        e.alpha(),
                        e.expectedEffect(),
                        e.campaignId(),
                        variants),
                actor);
        return id;
    }
}
