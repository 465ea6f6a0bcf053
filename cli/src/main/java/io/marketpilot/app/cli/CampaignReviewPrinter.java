package io.marketpilot.app.cli;

import io.marketpilot.app.campaign.CampaignPreview;
import io.marketpilot.app.campaign.FairnessView;
import io.marketpilot.app.content.WordingReview;
import io.marketpilot.campaigns.fairness.SkippedAttribute;
import io.marketpilot.content.guard.Finding;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Prints the review part of {@code campaign preview}: fairness against the customer base, and the wording checks. */
final class CampaignReviewPrinter {
    private CampaignReviewPrinter() {}

    static void print(CampaignPreview p) {
        FairnessView f = p.fairness();
        System.out.println();
        System.out.println("Fairness against the whole customer base, by " + String.join(", ", f.attributes()) + ": "
                + f.flagged() + " group(s) flagged (four-fifths rule: a share of recipients under " + f.minRatio()
                + " or of recipients or left-out over " + f.maxRatio() + " times the base share; groups under "
                + f.minGroupSize() + " customers not judged)");
        for (FairnessView.Group g : f.groups()) {
            System.out.println(String.format(
                    Locale.ROOT,
                    "  %-12s %-24s base %6d (%5s)  recipients %5s  left out %5s%s",
                    g.attribute(),
                    g.group(),
                    g.baseCount(),
                    share(g.baseShare()),
                    share(g.includedShare()),
                    share(g.leftOutShare()),
                    g.flags().isEmpty() ? "" : "  FLAGGED: " + String.join("; ", g.flags())));
        }
        for (SkippedAttribute s : f.skipped()) {
            System.out.println("  not compared: " + s.attribute() + " (" + s.reason() + ")");
        }
        System.out.println();
        System.out.println("Wording (maintained word list, then the second reader):");
        for (WordingReview w : p.wording()) {
            System.out.println("  content " + w.contentId() + " (" + w.language() + "): second reader: "
                    + w.secondReader().summary());
            for (Finding finding : w.findings()) {
                System.out.println("    " + finding.severity() + " · " + finding.rule() + ": " + finding.message());
            }
            if (w.findings().isEmpty()) {
                System.out.println("    no findings");
            }
        }
    }

    private static String share(@Nullable Double share) {
        return share == null ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
