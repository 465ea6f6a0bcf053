package io.marketpilot.copilot.plan;

import io.marketpilot.copilot.tools.Figures;
import io.marketpilot.copilot.tools.ShopFacts;
import io.marketpilot.copilot.tools.ToolResults;
import io.marketpilot.core.campaign.ChannelKind;
import java.util.Comparator;

/**
 * The rule-based plan's sentences, written only from the tools' answers: every number is a tool's figure, written
 * by {@link Figures} as the tool wrote it.
 */
record PlanWording(
        Intent intent,
        ShopFacts.SegmentRow segment,
        ToolResults.SegmentValue value,
        ChannelKind channel,
        ToolResults.ChannelMix mix,
        ToolResults.SendTimes times,
        ToolResults.Headroom room,
        ToolResults.Measurement design,
        ToolResults.PastCampaigns past) {

    String audience() {
        return "Segment " + segment.index() + " (" + segment.name() + ") of the latest segmentation: "
                + Figures.count(segment.size()) + " customers, " + Figures.percent(segment.revenueShare())
                + " % of revenue; mean 12-month CLV " + Figures.money(value.meanClv()) + ", "
                + Figures.percent(value.risk().share()) + " % at risk of lapsing (" + riskMeaning() + ").";
    }

    /** What "at risk" counted, so that a reader does not take it for p(alive) alone. */
    private String riskMeaning() {
        return value.risk()
                .repeatGap()
                .map(g -> "p(alive) below one half, or bought once and silent for longer than the shop's typical"
                        + " repeat gap of " + Figures.days(g.days()) + " days")
                .orElse("p(alive) below one half");
    }

    String offer() {
        return switch (intent) {
            case WIN_BACK -> "A personal win-back offer on the categories they bought most, framed as a thank-you.";
            case REACTIVATE -> "A we-miss-you message with what is new since their last order and a light incentive.";
            case LAUNCH -> "Early access to the new product for customers who buy often, before the general release.";
            case GROW -> "A loyalty upgrade: a bundle or the next tier up from what they already buy, no discount.";
            case ENGAGE -> "Recommendations from the recommender for each customer, without a discount.";
        };
    }

    String timing() {
        String when = times.predicted() == 0
                ? "at the configured send time, out of quiet hours (no customer of the segment has a predicted hour)"
                : "at each customer's predicted send hour, out of quiet hours; " + Figures.count(times.predicted())
                        + " have a prediction and the commonest is hour " + times.topHour() + " ("
                        + Figures.percent(times.topHourShare()) + " %)";
        return "By " + channel.wireName() + ", " + when + ".";
    }

    String contentBrief() {
        return "Write for the persona '" + segment.name() + "' in the brand voice, one " + channel.wireName()
                + " per language; lead with "
                + switch (intent) {
                    case WIN_BACK -> "appreciation and what they liked, not the discount";
                    case REACTIVATE -> "what changed since they last came";
                    case LAUNCH -> "the product's one clear benefit";
                    case GROW -> "recognition of their loyalty";
                    case ENGAGE -> "the recommended products";
                }
                + ". Content is drafted for review and nothing is sent without approval.";
    }

    String measurement() {
        String mde = design.minimumDetectableEffect().isPresent()
                ? "detects a conversion lift of "
                        + Figures.points(design.minimumDetectableEffect().getAsDouble())
                        + " percentage points or more at " + Figures.percent(design.alpha()) + " % significance and "
                        + Figures.percent(design.power()) + " % power"
                : "is too small to detect a lift; read its result as a direction, not a proof";
        return "Hold out " + Figures.percent(design.holdoutShare()) + " % of the reachable customers ("
                + Figures.count(design.holdout()) + " held out, " + Figures.count(design.recipients())
                + " recipients) and compare their orders over the attribution window; against a weekly baseline of "
                + Figures.percent(value.weeklyBaseline()) + " % the holdout " + mde + ".";
    }

    String reasoning() {
        StringBuilder why = new StringBuilder(
                switch (intent) {
                    case WIN_BACK ->
                        "The goal asks to win customers back, so the plan targets the segment with the most"
                                + " 12-month value at risk in total: mean CLV times the number of customers at risk of"
                                + " lapsing, that is"
                                + " customers whose p(alive) is below one half and one-off buyers (to whom the model"
                                + " gives p(alive) one whatever their recency) silent for longer than nine in ten"
                                + " repeat buyers take to buy again.";
                    case REACTIVATE ->
                        "The goal asks to reactivate customers, so the plan targets the segment least likely"
                                + " to still be active (lowest mean p(alive)).";
                    case LAUNCH ->
                        "The goal is a launch, so the plan targets the most active segment (highest mean"
                                + " p(alive)): new products sell first to customers who buy now.";
                    case GROW ->
                        "The goal asks to grow value, so the plan targets the highest-CLV segment among the more"
                                + " active half of the segments.";
                    case ENGAGE ->
                        "The goal names no recognised intent (win-back, reactivate, launch, grow), so the plan"
                                + " keeps the largest segment engaged.";
                });
        why.append(" ")
                .append(Figures.count(room.reach().reachable()))
                .append(" of its ")
                .append(Figures.count(room.reach().customers()))
                .append(" customers can be reached by ")
                .append(channel.wireName())
                .append(" now");
        if (mix.known() > 0) {
            why.append("; ")
                    .append(Figures.percent(mix.share()))
                    .append(" % of those with a known preference engage")
                    .append(" through ")
                    .append(mix.preferred());
        }
        why.append(".");
        past.campaigns().stream()
                .filter(c -> c.conversionDifference().isPresent())
                .max(Comparator.comparingLong(ShopFacts.CampaignResult::recipients))
                .ifPresent(c -> {
                    ShopFacts.Interval i = c.conversionDifference().orElseThrow();
                    why.append(" The largest measured campaign, ")
                            .append(c.name())
                            .append(", moved conversion by ")
                            .append(Figures.points(i.estimate()))
                            .append(" points (")
                            .append(Figures.points(i.low()))
                            .append(" to ")
                            .append(Figures.points(i.high()))
                            .append("), so expect an effect of that order rather than a large one.");
                });
        return why.toString();
    }
}
