-- A claim reads a campaign's due messages state by state in (next attempt, id) order and stops at its batch
-- (store.campaign.ClaimCandidates). The old index lacked the id, so both databases read and sorted every row of the
-- campaign for each batch; this one serves the claim's order directly and replaces it.
DROP INDEX send_queue_claimable;
CREATE INDEX send_queue_due ON send_queue (campaign_id, state, next_attempt_at, id);
