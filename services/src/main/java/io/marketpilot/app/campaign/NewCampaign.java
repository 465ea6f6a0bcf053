package io.marketpilot.app.campaign;

import io.marketpilot.core.campaign.AudienceSpec;
import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.core.campaign.Schedule;
import java.time.Duration;
import java.util.Optional;

/**
 * What a marketer asks for when creating a campaign; what is left empty takes the defaults (the configured quiet
 * hours and a send now, a 10 % holdout, priority 50, a 7-day attribution window).
 *
 * @param id the campaign's id, or empty to derive one from the name
 * @param content approved content items (their channel must be the campaign's), or an experiment over such items
 * @param topic the consent topic beyond "all" that recipients must have agreed to
 * @param schedule when it goes out; empty: now, under the configured quiet hours
 * @param promotion a promotion holds back customers with a fresh complaint
 * @param holdBackComplaints whether it does (the default); false switches the promotion hold-back off
 */
public record NewCampaign(
        Optional<String> id,
        String name,
        AudienceSpec audience,
        ContentRef content,
        ChannelKind channel,
        Optional<String> topic,
        Optional<Schedule> schedule,
        Optional<Double> holdoutShare,
        Optional<Integer> priority,
        boolean promotion,
        boolean holdBackComplaints,
        Optional<Duration> attributionWindow) {

    /** A request with every optional part left to its default. */
    public static NewCampaign of(String name, AudienceSpec audience, ContentRef content, ChannelKind channel) {
        return new NewCampaign(
                Optional.empty(),
                name,
                audience,
                content,
                channel,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                true,
                Optional.empty());
    }

    /** The holdout share asked for, or the default. */
    double holdoutOrDefault() {
        return holdoutShare.orElse(Campaign.DEFAULT_HOLDOUT_SHARE);
    }
}
