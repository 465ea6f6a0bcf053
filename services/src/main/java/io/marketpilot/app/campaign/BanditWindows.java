package io.marketpilot.app.campaign;

import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.CampaignEvent;
import io.marketpilot.core.campaign.CampaignEventKind;
import io.marketpilot.core.campaign.CampaignStatus;
import io.marketpilot.core.campaign.QueuedSend;
import io.marketpilot.core.experiment.Experiment;
import io.marketpilot.core.experiment.ExperimentStatus;
import io.marketpilot.core.experiment.PrimaryMetric;
import io.marketpilot.core.page.Page;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes bandit campaigns' attribution windows: a recipient whose window ([sent, sent + window)) has ended and whose
 * reward is not settled yet gets it now, from what is stored: 1 for a click in the window (click-through) or an
 * attributed order (conversion), else 0; for revenue per user, the total of their attributed orders (maybe 0). So a
 * bandit learns from failures too, and each message is exactly one pull of the arm it was sent. Settling goes through
 * {@link ExperimentFeed#settle}, once per recipient, so running the sweep again changes nothing.
 */
public final class BanditWindows {
    private static final Logger LOG = LoggerFactory.getLogger(BanditWindows.class);
    private static final List<CampaignStatus> SENT_STATES =
            List.of(CampaignStatus.SENDING, CampaignStatus.PAUSED, CampaignStatus.DONE);

    private final CampaignStores stores;
    private final ExperimentFeed feed;
    private final Clock clock;

    BanditWindows(CampaignStores stores, ExperimentFeed feed, Clock clock) {
        this.stores = stores;
        this.feed = feed;
        this.clock = clock;
    }

    /** Closes the ended windows of every bandit campaign that has sent; returns how many rewards it settled. */
    public int closeAll() {
        int settled = 0;
        for (CampaignStatus status : SENT_STATES) {
            for (Campaign c : Page.readAll(page -> stores.campaigns().list(Optional.of(status), page))) {
                settled += close(c);
            }
        }
        return settled;
    }

    /** Closes the ended windows of one campaign (nothing unless it is a running bandit's); returns rewards settled. */
    public int close(Campaign campaign) {
        for (PrimaryMetric metric : PrimaryMetric.values()) {
            Optional<Experiment> bandit =
                    feed.learningBandit(campaign, metric).filter(e -> e.status() == ExperimentStatus.RUNNING);
            if (bandit.isPresent()) {
                return close(campaign, bandit.get(), metric);
            }
        }
        return 0;
    }

    private int close(Campaign campaign, Experiment bandit, PrimaryMetric metric) {
        Instant now = clock.instant();
        Set<String> settled = new HashSet<>();
        for (CampaignEvent e : events(campaign, CampaignEventKind.REWARD)) {
            settled.add(e.customerId());
        }
        Map<String, QueuedSend> closed = new HashMap<>();
        for (QueuedSend send : stores.queue().sent(campaign.id())) {
            boolean ended = send.sentAt()
                    .map(at -> !now.isBefore(at.plus(campaign.attributionWindow())))
                    .orElse(false);
            if (ended
                    && send.variant().isPresent()
                    && !settled.contains(send.key().customerId())) {
                closed.put(send.key().customerId(), send);
            }
        }
        if (closed.isEmpty()) {
            return 0;
        }
        Map<String, Double> rewards = rewards(campaign, metric, closed);
        int count = 0;
        for (QueuedSend send : closed.values()) {
            String customer = send.key().customerId();
            double reward = rewards.getOrDefault(customer, 0.0);
            if (feed.settle(
                    campaign,
                    bandit.id(),
                    customer,
                    send.variant().orElseThrow(),
                    reward,
                    reward > 0 ? "window closed, success" : "window closed, none")) {
                count++;
            }
        }
        LOG.info("campaign={} experiment={} windows closed settled={}", campaign.id(), bandit.id(), count);
        return count;
    }

    /** What each recipient earned in their window, from the stored clicks or conversions. */
    private Map<String, Double> rewards(Campaign campaign, PrimaryMetric metric, Map<String, QueuedSend> closed) {
        Map<String, Double> out = new HashMap<>();
        if (metric == PrimaryMetric.CLICK_THROUGH) {
            for (CampaignEvent click : events(campaign, CampaignEventKind.CLICK)) {
                QueuedSend send = closed.get(click.customerId());
                if (send != null && inWindow(campaign, send, click.at())) {
                    out.put(click.customerId(), 1.0);
                }
            }
            return out;
        }
        // conversions are stored only for orders inside the window, so each one counts
        for (CampaignEvent conversion : events(campaign, CampaignEventKind.CONVERSION)) {
            if (metric == PrimaryMetric.CONVERSION) {
                out.put(conversion.customerId(), 1.0);
            } else {
                out.merge(conversion.customerId(), conversion.value(), Double::sum);
            }
        }
        return out;
    }

    private static boolean inWindow(Campaign campaign, QueuedSend send, Instant at) {
        return send.sentAt()
                .map(sent -> !at.isBefore(sent) && at.isBefore(sent.plus(campaign.attributionWindow())))
                .orElse(false);
    }

    private List<CampaignEvent> events(Campaign campaign, CampaignEventKind kind) {
        return Page.readAll(page -> stores.events().list(campaign.id(), Optional.of(kind), page));
    }
}
