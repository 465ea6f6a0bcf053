package io.marketpilot.content;

import io.marketpilot.content.brief.Audience;
import io.marketpilot.content.brief.ContentBrief;
import io.marketpilot.content.brief.CustomerFacts;
import io.marketpilot.content.brief.ProductFacts;
import io.marketpilot.content.channel.Channel;
import io.marketpilot.content.channel.SocialNetwork;
import io.marketpilot.core.content.BrandVoice;
import java.util.List;
import java.util.Optional;

/** Briefs shaped like the demo shop's: its personas, a cable and a customer with picks. */
public final class Briefs {
    private Briefs() {}

    public static Audience persona(String name) {
        return new Audience(
                name,
                "A segment of the sample shop.",
                List.of("orders 2× as often as average"),
                List.of("Sales, clearance and multi-buy offers"),
                List.of("Cables"));
    }

    public static ProductFacts cable(String language) {
        return language.equals("zh")
                ? new ProductFacts(
                        "CAB-100", "基础款USB-C 数据线（蓝色）", "Cables", "蓝色基础款USB-C 数据线，适合快速充电与数据传输。", Optional.of(7.99))
                : new ProductFacts(
                        "CAB-100",
                        "Essential USB-C cable (blue)",
                        "Cables",
                        "An essential USB-C cable in blue for fast charging and data transfer.",
                        Optional.of(7.99));
    }

    public static ContentBrief forSegment(Channel channel, String language, String persona, int variants, long seed) {
        return new ContentBrief(
                channel,
                SocialNetwork.X,
                language,
                Optional.of(persona(persona)),
                Optional.empty(),
                Optional.of(cable(language)),
                "",
                "friendly",
                List.of(),
                BrandVoice.standard(),
                variants,
                seed);
    }

    public static ContentBrief forCustomer(Channel channel, String language) {
        return new ContentBrief(
                channel,
                SocialNetwork.INSTAGRAM,
                language,
                Optional.of(persona("Bargain hunters")),
                Optional.of(new CustomerFacts(
                        "C00010",
                        Optional.empty(),
                        List.of("orders about every 40 days"),
                        List.of("Pro USB-C cable (green)"),
                        List.of("Fast wall charger 30 W", "Slim phone case"))),
                Optional.of(cable(language)),
                "spring sale",
                "friendly",
                List.of(),
                BrandVoice.standard(),
                3,
                1);
    }
}
