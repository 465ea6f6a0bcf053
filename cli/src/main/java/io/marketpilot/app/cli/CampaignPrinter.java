package io.marketpilot.app.cli;

import io.marketpilot.app.campaign.CampaignChannels;
import io.marketpilot.app.campaign.CampaignLaunch;
import io.marketpilot.app.campaign.CampaignPreview;
import io.marketpilot.app.campaign.CampaignReport;
import io.marketpilot.app.campaign.CampaignView;
import io.marketpilot.app.campaign.HoldoutLiftView;
import io.marketpilot.app.campaign.PreviewedCustomer;
import io.marketpilot.app.campaign.SendProgress;
import io.marketpilot.core.campaign.LeaveOutReason;
import java.util.Locale;

/** How the campaign commands print the service's records: as JSON, or as lines a person reads. */
final class CampaignPrinter {
    /** The formats of the commands that print one record. */
    static final String TABLE_OR_JSON = "table | json";

    private CampaignPrinter() {}

    static void print(CampaignView c, String format) {
        if (json(format)) {
            Output.json(c, System.out);
            return;
        }
        System.out.println("Campaign " + c.id() + " (" + c.name() + ") is " + c.status());
        System.out.println("  audience: " + c.audience());
        System.out.println("  content:  "
                + (c.experimentId() != null ? "experiment " + c.experimentId() : "content items " + c.contentIds()));
        System.out.println("  channel:  " + c.channel() + (c.topic() == null ? "" : ", topic " + c.topic()));
        System.out.println("  schedule: " + c.schedule());
        System.out.println("  holdout " + Math.round(c.holdoutShare() * 100) + " %, priority " + c.priority()
                + (c.promotion()
                        ? c.holdBackComplaints()
                                ? ", a promotion (held back: recent complaint)"
                                : ", a promotion (complaint hold-back off)"
                        : "")
                + ", attribution " + c.attributionWindowHours() / 24
                + " days");
        System.out.println(
                "  created by " + c.createdBy() + (c.approvedBy() == null ? "" : ", approved by " + c.approvedBy()));
    }

    static void printPreview(CampaignPreview p) {
        System.out.println("Preview of " + p.campaignId() + " at " + p.resolvedAt() + " (" + p.delivery() + ")");
        System.out.println("  " + p.candidates() + " in the audience, " + p.recipients() + " would receive it");
        p.leftOut()
                .forEach((reason, n) -> System.out.println(
                        "  left out, " + LeaveOutReason.parse(reason).label() + ": " + n));
        CampaignReviewPrinter.print(p);
        for (PreviewedCustomer c : p.customers()) {
            System.out.println();
            System.out.println("== " + c.customerId() + ": "
                    + (c.leftOut() == null
                            ? "recipient, due " + c.sendAt()
                            : "left out (" + LeaveOutReason.parse(c.leftOut()).label() + ")"));
            if (c.message() != null) {
                System.out.println("To: " + c.message().recipient());
                if (c.message().subject() != null) {
                    System.out.println("Subject: " + c.message().subject());
                }
                System.out.println();
                System.out.println(c.message().text().strip());
            }
        }
    }

    static void printLaunch(CampaignLaunch l) {
        System.out.println("Campaign " + l.campaignId() + " is " + l.status() + ": " + l.recipients()
                + " recipients queued (" + l.delivery() + ")"
                + (l.firstSendAt() == null ? "" : ", due from " + l.firstSendAt() + " to " + l.lastSendAt()));
        l.leftOut().forEach((reason, n) -> {
            if (n > 0) {
                System.out.println("  left out, " + LeaveOutReason.parse(reason).label() + ": " + n);
            }
        });
    }

    static void printProgress(SendProgress p) {
        System.out.println("Campaign " + p.campaignId() + " is " + p.status() + ": this run sent " + p.sent()
                + ", retrying " + p.retrying() + ", failed " + p.failed() + ", skipped " + p.skipped() + "; "
                + p.waiting() + " waiting");
        if (!p.reachesRecipients()) {
            System.out.println("  " + CampaignChannels.OUTBOX + ": the messages are in the outbox; nobody received"
                    + " them (set smtp.host to deliver e-mail)");
        }
    }

    static void printReport(CampaignReport r) {
        System.out.println(
                "Campaign " + r.campaignId() + " (" + r.name() + ") is " + r.status() + " — " + r.delivery());
        System.out.println("  queue: " + r.queue());
        System.out.println("  events: " + r.events() + ", customers: " + r.customersWithEvents());
        System.out.println("  recipients: " + r.recipients() + ", left out: " + r.leftOut());
        HoldoutLiftView lift = r.lift();
        if (lift == null) {
            System.out.println("  lift: not scheduled yet");
            return;
        }
        System.out.println(String.format(
                Locale.ROOT,
                "  recipients: %d customers, %d converted; holdout: %d customers, %d converted (%d h window)",
                lift.recipients().customers(),
                lift.recipients().conversions(),
                lift.holdout().customers(),
                lift.holdout().conversions(),
                lift.attributionWindowHours()));
        System.out.println("  " + lift.verdict());
        if (lift.revenueDifference() != null) {
            System.out.println(String.format(
                    Locale.ROOT,
                    "  revenue per customer: %+.2f%s",
                    lift.revenueDifference(),
                    lift.revenueLow() == null
                            ? ""
                            : String.format(Locale.ROOT, " (%.2f to %.2f)", lift.revenueLow(), lift.revenueHigh())));
        }
    }

    static boolean json(String format) {
        return format.strip().toLowerCase(Locale.ROOT).equals("json");
    }
}
