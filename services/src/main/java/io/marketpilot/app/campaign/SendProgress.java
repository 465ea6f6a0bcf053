package io.marketpilot.app.campaign;

import java.util.Map;

/**
 * Where a campaign's sending stands after a run of the sender: what this run did, and the queue as a whole.
 *
 * @param sent messages handed to the channel in this run
 * @param retrying messages that failed temporarily in this run and wait for another attempt
 * @param failed messages that failed for good in this run
 * @param skipped messages dropped at send time in this run (suppressed or opted out since scheduling)
 * @param queue the campaign's queue by state (wire names), states with none absent
 * @param reachesRecipients false when the channel is the outbox: stored, not delivered
 */
public record SendProgress(
        String campaignId,
        String status,
        long sent,
        long retrying,
        long failed,
        long skipped,
        Map<String, Long> queue,
        String delivery,
        boolean reachesRecipients) {
    public SendProgress {
        queue = Map.copyOf(queue);
    }

    /** Messages waiting: not yet due, claimed by a worker, or waiting for a retry. */
    public long waiting() {
        return queue.getOrDefault("pending", 0L) + queue.getOrDefault("claimed", 0L) + queue.getOrDefault("retry", 0L);
    }
}
