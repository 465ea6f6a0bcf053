package io.marketpilot.profiling.persona;

import java.util.List;
import java.util.Map;

/** Suggested messaging angles per persona name. */
final class MessagingAngles {
    private static final Map<String, List<String>> ANGLES = Map.of(
            PersonaNames.LOYALISTS,
                    List.of(
                            "Early access and VIP previews rather than discounts",
                            "Loyalty rewards and referral invitations",
                            "Thank-you notes featuring their favourite categories"),
            PersonaNames.AT_RISK,
                    List.of(
                            "Win-back offer tied to what they used to buy",
                            "\"What's new since your last order\" round-up",
                            "Ask what made them stop, and act on it"),
            PersonaNames.NEW,
                    List.of(
                            "Welcome series: the range, delivery and returns explained",
                            "Second-order incentive within the first month",
                            "Best-sellers from the category of their first purchase"),
            PersonaNames.GIFT,
                    List.of(
                            "Gift guides and bundles ahead of the holidays",
                            "Gift wrapping, gift cards and delivery-by-date promises",
                            "Occasion reminders beyond Christmas"),
            PersonaNames.BARGAIN,
                    List.of(
                            "Sales, clearance and multi-buy offers",
                            "Price-drop alerts on items they viewed",
                            "Value bundles rather than premium upsells"),
            PersonaNames.RETURNERS,
                    List.of(
                            "Size and fit guidance before purchase",
                            "Detailed product information and reviews",
                            "Exchange-first messaging rather than refunds"),
            PersonaNames.ONE_OFF,
                    List.of(
                            "Second-purchase incentive with a deadline",
                            "Recommendations related to their one purchase",
                            "Reminder of shop benefits: delivery, returns, service"),
            PersonaNames.BROWSERS,
                    List.of(
                            "Retarget the products they keep viewing",
                            "Limited-time first-purchase offer",
                            "Social proof: reviews and best-seller badges"),
            PersonaNames.STEADY,
                    List.of(
                            "New arrivals in the categories they buy",
                            "Cross-sell adjacent categories",
                            "Invitation to the loyalty programme"),
            PersonaNames.OCCASIONAL,
                    List.of(
                            "Campaigns timed to their usual gap between orders",
                            "Replenishment reminders",
                            "Modest incentives to come back sooner"));

    private MessagingAngles() {}

    /** The angles for a name; numbered fallbacks ("Steady customers (2)") share their base name's angles. */
    static List<String> forName(String name) {
        String base = name.replaceFirst(" \\(\\d+\\)$", "");
        return ANGLES.getOrDefault(base, ANGLES.get(PersonaNames.OCCASIONAL));
    }
}
