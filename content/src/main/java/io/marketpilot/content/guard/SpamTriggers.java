package io.marketpilot.content.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words and phrases that spam filters weigh against an e-mail, from the lists e-mail service providers publish
 * in their deliverability guides (the common core; no list is authoritative). Shouting is checked too: a
 * subject mostly in capitals, or three exclamation marks.
 */
final class SpamTriggers {
    private static final List<String> ENGLISH = List.of(
            "100% free",
            "act now",
            "buy now",
            "cash bonus",
            "click here",
            "double your",
            "earn money",
            "free gift",
            "free money",
            "get paid",
            "limited time offer",
            "make money",
            "no cost",
            "no obligation",
            "once in a lifetime",
            "order now!",
            "risk-free",
            "special promotion",
            "urgent",
            "winner",
            "you have been selected",
            "100% satisfied",
            "cheap",
            "lowest price");

    private static final List<String> CHINESE =
            List.of("免费领取", "点击这里", "中奖", "恭喜您", "赚钱", "零风险", "最低价", "限时抢购", "立即汇款", "清仓甩卖");

    private SpamTriggers() {}

    static List<String> found(String text, String language) {
        List<String> out = new ArrayList<>();
        for (String w : language.equals("zh") ? CHINESE : ENGLISH) {
            if (Guardrails.contains(text.toLowerCase(Locale.ROOT), w)) {
                out.add(w);
            }
        }
        if (text.contains("!!!") || text.contains("！！！")) {
            out.add("!!!");
        }
        String firstLine = text.lines().findFirst().orElse("");
        long letters = firstLine.chars().filter(Character::isLetter).count();
        long upper = firstLine.chars().filter(Character::isUpperCase).count();
        if (letters >= 10 && upper * 2 > letters) {
            out.add("subject in capitals");
        }
        return out;
    }
}
