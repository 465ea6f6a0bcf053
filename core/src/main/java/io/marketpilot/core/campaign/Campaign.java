package io.marketpilot.core.campaign;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.input.FieldLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A campaign as defined and as it stands: who it is for, what it says, on which channel and when, how much of the
 * audience is held out to measure it, and who wrote and who approved it. Start one with {@link #draft} and set what
 * differs from the defaults with the {@code with…} methods.
 *
 * @param topic the consent topic it sends under (recipients need consent to it as well as to all marketing on the
 *     channel), or empty for none beyond that
 * @param holdoutShare the share of the eligible audience that receives nothing, for measuring lift: 0 to 0.5
 * @param priority where campaigns overlap, a higher priority takes a customer's frequency cap first (0 to 100)
 * @param promotion whether it is a promotion, which customers with a recent complaint are held back from
 * @param holdBackComplaints whether the promotion hold-back rule applies (on by default; the marketer may switch it
 *     off): customers with an open escalated support conversation or a recent strongly negative review receive no
 *     promotion
 * @param attributionWindow how long after a send an order counts as the campaign's conversion
 * @param approval who approved it: present from {@link CampaignStatus#APPROVED} on, and never its author
 */
public record Campaign(
        String id,
        String name,
        AudienceSpec audience,
        ContentRef content,
        ChannelKind channel,
        Optional<String> topic,
        Schedule schedule,
        double holdoutShare,
        int priority,
        boolean promotion,
        boolean holdBackComplaints,
        Duration attributionWindow,
        CampaignStatus status,
        String createdBy,
        Instant createdAt,
        Optional<Approval> approval) {
    public static final double DEFAULT_HOLDOUT_SHARE = 0.10;
    public static final double MAX_HOLDOUT_SHARE = 0.5;
    public static final int DEFAULT_PRIORITY = 50;
    public static final int MAX_PRIORITY = 100;
    public static final Duration DEFAULT_ATTRIBUTION_WINDOW = Duration.ofDays(7);
    public static final Duration MIN_ATTRIBUTION_WINDOW = Duration.ofHours(1);
    public static final Duration MAX_ATTRIBUTION_WINDOW = Duration.ofDays(90);

    public Campaign {
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
            throw MarketPilotException.invalid(
                    "A campaign id is 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        Check.filledText(name, "campaign name", FieldLimits.NAME);
        Check.present(audience, "audience");
        Check.present(content, "content");
        Check.present(channel, "channel");
        Check.present(topic, "topic").ifPresent(t -> Check.topic(t, "topic"));
        Check.present(schedule, "schedule");
        if (!(holdoutShare >= 0 && holdoutShare <= MAX_HOLDOUT_SHARE)) {
            throw MarketPilotException.invalid(
                    "The holdout share is between 0 and " + MAX_HOLDOUT_SHARE + ", was " + holdoutShare);
        }
        if (priority < 0 || priority > MAX_PRIORITY) {
            throw MarketPilotException.invalid("The priority is between 0 and " + MAX_PRIORITY + ", was " + priority);
        }
        Check.present(attributionWindow, "attribution window");
        if (attributionWindow.compareTo(MIN_ATTRIBUTION_WINDOW) < 0
                || attributionWindow.compareTo(MAX_ATTRIBUTION_WINDOW) > 0) {
            throw MarketPilotException.invalid(
                    "The attribution window is between 1 hour and 90 days, was " + attributionWindow);
        }
        Check.present(status, "campaign status");
        Check.id(createdBy, "created by", FieldLimits.NAME);
        Check.present(createdAt, "creation time");
        Check.present(approval, "approval");
        if (status.approved() && approval.isEmpty()) {
            throw MarketPilotException.invalid("A campaign that is " + status.wireName() + " needs an approval");
        }
        if ((status == CampaignStatus.DRAFT || status == CampaignStatus.AWAITING_APPROVAL) && approval.isPresent()) {
            throw MarketPilotException.invalid(
                    "A campaign that is " + status.wireName() + " has no approval yet; editing one drops it");
        }
        String author = createdBy.strip().toLowerCase(Locale.ROOT);
        approval.ifPresent(a -> {
            if (a.approvedBy().strip().toLowerCase(Locale.ROOT).equals(author)) {
                throw new MarketPilotException(
                        ErrorCode.FORBIDDEN,
                        "A campaign is approved by someone other than its author (four eyes): '" + a.approvedBy()
                                + "' wrote it");
            }
        });
    }

    /**
     * A new draft with the defaults: 10 % holdout, priority 50, not a promotion (the complaint hold-back on, should it
     * become one), 7-day attribution, no topic.
     */
    public static Campaign draft(
            String id,
            String name,
            AudienceSpec audience,
            ContentRef content,
            ChannelKind channel,
            Schedule schedule,
            String createdBy,
            Instant createdAt) {
        return new Campaign(
                id,
                name,
                audience,
                content,
                channel,
                Optional.empty(),
                schedule,
                DEFAULT_HOLDOUT_SHARE,
                DEFAULT_PRIORITY,
                false,
                true,
                DEFAULT_ATTRIBUTION_WINDOW,
                CampaignStatus.DRAFT,
                createdBy,
                createdAt,
                Optional.empty());
    }

    public Campaign withTopic(Optional<String> newTopic) {
        return new Campaign(
                id,
                name,
                audience,
                content,
                channel,
                newTopic,
                schedule,
                holdoutShare,
                priority,
                promotion,
                holdBackComplaints,
                attributionWindow,
                status,
                createdBy,
                createdAt,
                approval);
    }

    public Campaign withHoldoutShare(double share) {
        return new Campaign(
                id,
                name,
                audience,
                content,
                channel,
                topic,
                schedule,
                share,
                priority,
                promotion,
                holdBackComplaints,
                attributionWindow,
                status,
                createdBy,
                createdAt,
                approval);
    }

    public Campaign withPriority(int newPriority) {
        return new Campaign(
                id,
                name,
                audience,
                content,
                channel,
                topic,
                schedule,
                holdoutShare,
                newPriority,
                promotion,
                holdBackComplaints,
                attributionWindow,
                status,
                createdBy,
                createdAt,
                approval);
    }

    public Campaign withPromotion(boolean isPromotion) {
        return new Campaign(
                id,
                name,
                audience,
                content,
                channel,
                topic,
                schedule,
                holdoutShare,
                priority,
                isPromotion,
                holdBackComplaints,
                attributionWindow,
                status,
                createdBy,
                createdAt,
                approval);
    }

    public Campaign withHoldBackComplaints(boolean holdBack) {
        return new Campaign(
                id,
                name,
                audience,
                content,
                channel,
                topic,
                schedule,
                holdoutShare,
                priority,
                promotion,
                holdBack,
                attributionWindow,
                status,
                createdBy,
                createdAt,
                approval);
    }

    public Campaign withAttributionWindow(Duration window) {
        return new Campaign(
                id,
                name,
                audience,
                content,
                channel,
                topic,
                schedule,
                holdoutShare,
                priority,
                promotion,
                holdBackComplaints,
                window,
                status,
                createdBy,
                createdAt,
                approval);
    }

    /**
     * This campaign moved to {@code next}: the move must be one {@link CampaignStatus#canMoveTo} allows (else a
     * conflict), moving to approved needs {@code approvalForApproved}, and moving back to draft drops the approval.
     */
    public Campaign moveTo(CampaignStatus next, Optional<Approval> approvalForApproved) {
        if (!status.canMoveTo(next)) {
            throw new MarketPilotException(
                    ErrorCode.CONFLICT,
                    "A campaign that is " + status.wireName() + " cannot become " + next.wireName());
        }
        Optional<Approval> nextApproval =
                switch (next) {
                    case APPROVED -> approvalForApproved;
                    case DRAFT, AWAITING_APPROVAL -> Optional.empty();
                    default -> approval;
                };
        return new Campaign(
                id,
                name,
                audience,
                content,
                channel,
                topic,
                schedule,
                holdoutShare,
                priority,
                promotion,
                holdBackComplaints,
                attributionWindow,
                next,
                createdBy,
                createdAt,
                nextApproval);
    }
}
