package io.marketpilot.core.campaign;

import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The audience a campaign was resolved to when it started sending: every customer, a recipient or left out with a
 * reason, so that its review, its left-out counts and its holdout report read the same people.
 */
public interface CampaignAudiences {
    /** Stores the campaign's resolved audience, replacing any earlier resolution of it, in one transaction. */
    void save(String campaignId, Instant resolvedAt, List<AudienceMember> members);

    /** When and how the campaign's audience was resolved, if it was. */
    Optional<AudienceCounts> counts(String campaignId);

    /** The recipients' customer ids, in id order. */
    Page<String> recipients(String campaignId, PageRequest page);

    /** The customer ids left out for {@code reason} (e.g. the holdout), in id order. */
    Page<String> leftOut(String campaignId, LeaveOutReason reason, PageRequest page);
}
