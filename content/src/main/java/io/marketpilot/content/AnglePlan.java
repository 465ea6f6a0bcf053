package io.marketpilot.content;

import io.marketpilot.content.brief.ContentBrief;
import io.marketpilot.content.brief.PersonaKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The order in which variants take their angles: the one the campaign goal names first, then the persona's
 * strongest angles, then the rest, so that N variants show N distinct angles.
 */
final class AnglePlan {
    /** Words in a goal (English or Chinese) that name an angle. */
    private static final Map<String, List<String>> GOAL_WORDS = Map.of(
            "comeback", List.of("win back", "win-back", "winback", "reactivat", "lapsed", "召回", "回流", "唤醒"),
            "newness", List.of("launch", "new arrival", "new in", "上新", "新品", "发布"),
            "value", List.of("sale", "discount", "clearance", "offer", "促销", "折扣", "优惠"),
            "gift", List.of("gift", "holiday", "christmas", "礼物", "节日", "送礼"),
            "loyalty", List.of("loyal", "vip", "thank", "referral", "会员", "感谢"),
            "welcome", List.of("welcome", "onboard", "first order", "欢迎", "新客"),
            "urgency", List.of("last chance", "ends", "deadline", "截止", "最后"),
            "care", List.of("return", "fit", "guide", "指南", "退货"),
            "social-proof", List.of("review", "best-seller", "bestseller", "评价", "口碑"));

    private AnglePlan() {}

    static List<String> order(ContentBrief brief) {
        Set<String> order = new LinkedHashSet<>();
        String goal = brief.goal().toLowerCase(Locale.ROOT);
        for (String angle : PersonaKind.ALL_ANGLES) {
            if (GOAL_WORDS.getOrDefault(angle, List.of()).stream().anyMatch(goal::contains)) {
                order.add(angle);
            }
        }
        order.addAll(brief.personaKind().angles());
        order.addAll(PersonaKind.ALL_ANGLES);
        return List.copyOf(order);
    }
}
