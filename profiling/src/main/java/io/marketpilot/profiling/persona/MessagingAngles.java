package io.marketpilot.profiling.persona;

import java.util.List;
import java.util.Map;

/** Suggested messaging angles per persona: by status when it is new or slipping away, else by kind of buyer. */
final class MessagingAngles {
    private static final List<String> WIN_BACK = List.of(
            "Win-back offer tied to what they used to buy",
            "\"What's new since your last order\" round-up",
            "Ask what made them stop, and act on it");
    private static final List<String> WELCOME = List.of(
            "Welcome series: the range, delivery and returns explained",
            "Second-order incentive within the first month",
            "Best-sellers from the category of their first purchase");
    private static final List<String> REGULARS = List.of(
            "New arrivals in the categories they buy",
            "Cross-sell adjacent categories",
            "Invitation to the loyalty programme");
    private static final Map<BuyerKind, List<String>> BY_KIND = Map.of(
            BuyerKind.LOYALISTS,
            List.of(
                    "Early access and VIP previews rather than discounts",
                    "Loyalty rewards and referral invitations",
                    "Thank-you notes featuring their favourite categories"),
            BuyerKind.GIFT_SHOPPERS,
            List.of(
                    "Gift guides and bundles ahead of the holidays",
                    "Gift wrapping, gift cards and delivery-by-date promises",
                    "Occasion reminders beyond Christmas"),
            BuyerKind.BARGAIN_HUNTERS,
            List.of(
                    "Sales, clearance and multi-buy offers",
                    "Price-drop alerts on items they viewed",
                    "Value bundles rather than premium upsells"),
            BuyerKind.RETURNERS,
            List.of(
                    "Size and fit guidance before purchase",
                    "Detailed product information and reviews",
                    "Exchange-first messaging rather than refunds"),
            BuyerKind.ONE_OFF,
            List.of(
                    "Second-purchase incentive with a deadline",
                    "Recommendations related to their one purchase",
                    "Reminder of shop benefits: delivery, returns, service"),
            BuyerKind.BROWSERS,
            List.of(
                    "Retarget the products they keep viewing",
                    "Limited-time first-purchase offer",
                    "Social proof: reviews and best-seller badges"),
            BuyerKind.BIG_SPENDERS,
            List.of(
                    "Premium picks and new arrivals rather than discounts",
                    "Bundles and services that match what they spend",
                    "A personal thank-you with a service perk"),
            BuyerKind.REGULARS,
            REGULARS,
            BuyerKind.OCCASIONAL,
            List.of(
                    "Campaigns timed to their usual gap between orders",
                    "Replenishment reminders",
                    "Modest incentives to come back sooner"),
            BuyerKind.REPEAT_BUYERS,
            List.of(
                    "Campaigns timed to their usual gap between orders",
                    "Cross-sell adjacent categories",
                    "Invitation to the loyalty programme"));

    private MessagingAngles() {}

    static List<String> forName(PersonaName name) {
        if (name.status().atRisk() && name.kind() != BuyerKind.ONE_OFF) {
            return WIN_BACK;
        }
        if (name.status() == PersonaStatus.NEW) {
            return WELCOME;
        }
        // plain customers get what regulars get: news and cross-sells rather than an incentive
        return BY_KIND.getOrDefault(name.kind(), REGULARS);
    }
}
