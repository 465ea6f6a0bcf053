package io.marketpilot.app.campaign;

import io.marketpilot.app.content.StoreContent;
import io.marketpilot.app.content.WordingReview;
import io.marketpilot.app.experiment.BanditService;
import io.marketpilot.app.experiment.ExperimentService;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.core.content.ContentItem;
import io.marketpilot.core.content.ContentStatus;
import io.marketpilot.core.experiment.Experiment;
import io.marketpilot.core.experiment.Variant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a campaign says to each recipient: only approved content of the campaign's channel is sendable, and where a
 * campaign has several items or an experiment, each recipient's variant is chosen here (an item in the recipient's
 * language; the experiment's sticky assignment or the bandit's arm) and kept with their queued message.
 */
final class CampaignContent {
    /** Countries whose customers read the Chinese item when a campaign has one. */
    private static final Set<String> CHINESE =
            Set.of("cn", "china", "tw", "taiwan", "hk", "hong kong", "mo", "macau", "macao");

    private final StoreContent content;
    private final ExperimentService experiments;
    private final BanditService bandits;

    CampaignContent(StoreContent content, ExperimentService experiments, BanditService bandits) {
        this.content = content;
        this.experiments = experiments;
        this.bandits = bandits;
    }

    /** Refuses content a campaign on {@code channel} may not send: unknown, not approved, or of another channel. */
    void requireSendable(ContentRef ref, ChannelKind channel) {
        switch (ref) {
            case ContentRef.Approved approved -> approved.contentIds().forEach(id -> requireSendable(id, channel));
            case ContentRef.Experiment e -> {
                Experiment experiment = experiments.get(e.experimentId());
                for (Variant v : experiment.variants()) {
                    if (v.contentId() == null || v.contentId().isBlank()) {
                        throw MarketPilotException.invalid("Experiment " + experiment.id() + "'s variant '" + v.name()
                                + "' shows no content item; a campaign sends content items only");
                    }
                    requireSendable(contentId(v.contentId()), channel);
                }
            }
        }
    }

    /**
     * The variant a recipient gets, kept with their queued message: for several items, the id of the one in their
     * language; for an experiment, the variant's name (its sticky assignment, or the bandit's arm). Empty for a single
     * item.
     */
    Optional<String> variantFor(Campaign campaign, String customerId, Optional<String> country) {
        return switch (campaign.content()) {
            case ContentRef.Approved approved ->
                approved.contentIds().size() == 1
                        ? Optional.empty()
                        : Optional.of(String.valueOf(inLanguage(approved.contentIds(), country)));
            case ContentRef.Experiment e -> Optional.of(experimentVariant(e.experimentId(), customerId));
        };
    }

    /** The item a queued message shows. */
    ContentItem itemFor(Campaign campaign, Optional<String> variant) {
        return switch (campaign.content()) {
            case ContentRef.Approved approved ->
                content.get(variant.map(CampaignContent::contentId)
                        .orElse(approved.contentIds().getFirst()));
            case ContentRef.Experiment e -> {
                Experiment experiment = experiments.get(e.experimentId());
                String name = variant.orElseThrow(() -> MarketPilotException.invalid(
                        "A message of experiment " + e.experimentId() + " names no variant"));
                Variant v = experiment.variants().stream()
                        .filter(x -> x.name().equals(name))
                        .findFirst()
                        .orElseThrow(() -> MarketPilotException.notFound("Variant", e.experimentId() + "/" + name));
                yield content.get(contentId(v.contentId()));
            }
        };
    }

    /** Records that an approved item went out in the campaign (the content studio shows where it was used). */
    void markUsed(Campaign campaign, String actor) {
        for (long id : itemIds(campaign)) {
            // an item already used by another campaign keeps that first use; only approved items move to used
            if (content.get(id).review().status() == ContentStatus.APPROVED) {
                content.use(id, campaign.id(), actor);
            }
        }
    }

    /** The wording of every item the campaign may send, read by the word list and the second reader. */
    List<WordingReview> wording(Campaign campaign, String actor) {
        return itemIds(campaign).stream()
                .map(id -> content.wording(content.get(id), actor))
                .toList();
    }

    private List<Long> itemIds(Campaign campaign) {
        return switch (campaign.content()) {
            case ContentRef.Approved approved -> approved.contentIds();
            case ContentRef.Experiment e ->
                experiments.get(e.experimentId()).variants().stream()
                        .map(v -> contentId(v.contentId()))
                        .toList();
        };
    }

    private String experimentVariant(String experimentId, String customerId) {
        Experiment experiment = experiments.get(experimentId);
        return experiment.bandit()
                ? bandits.choose(experimentId, customerId).variant()
                : experiments.assign(experimentId, customerId).variant();
    }

    private long inLanguage(List<Long> ids, Optional<String> country) {
        String wanted = country.map(c -> c.strip().toLowerCase(Locale.ROOT))
                        .filter(CHINESE::contains)
                        .isPresent()
                ? "zh"
                : "en";
        return ids.stream()
                .filter(id -> content.get(id).target().language().equals(wanted))
                .findFirst()
                .orElse(ids.getFirst());
    }

    private void requireSendable(long id, ChannelKind channel) {
        ContentItem item = content.get(id);
        ContentStatus status = item.review().status();
        if (status != ContentStatus.APPROVED && status != ContentStatus.USED) {
            throw new MarketPilotException(
                    ErrorCode.CONFLICT,
                    "Content " + id + " is " + status.wireName() + "; a campaign sends approved content only",
                    Map.of("id", String.valueOf(id)));
        }
        String written = item.target().channel();
        boolean fits =
                switch (channel) {
                    case EMAIL -> written.equals("email");
                    case SMS -> written.equals("sms");
                    case WEBHOOK -> written.equals("email") || written.equals("sms");
                };
        if (!fits) {
            throw MarketPilotException.invalid("Content " + id + " was written for " + written + ", not for a "
                    + channel.wireName() + " campaign");
        }
    }

    private static long contentId(@Nullable String text) {
        if (text == null) {
            throw MarketPilotException.invalid("The variant names no content item");
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw MarketPilotException.invalid("'" + text + "' is not a content item id");
        }
    }
}
