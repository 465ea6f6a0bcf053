package io.marketpilot.content.brief;

import io.marketpilot.content.channel.Channel;
import io.marketpilot.content.channel.SocialNetwork;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.content.BrandVoice;
import java.util.List;
import java.util.Optional;

/**
 * Everything one generation request is conditioned on. A brief names a segment's persona, one customer, or
 * neither (a product description); the same brief and seed give the same variants.
 *
 * @param channel the output's channel
 * @param network the social network (used for social posts only)
 * @param language en or zh
 * @param audience the segment's persona, when writing for a segment (or the customer's own segment)
 * @param customer one customer's facts, when writing for one customer
 * @param product the featured product
 * @param goal the campaign goal
 * @param tone friendly, formal, playful or urgent (free text is passed to models as is)
 * @param keywords words the copy should contain (scored as keyword coverage)
 * @param voice the brand voice
 * @param variants how many variants, 1–10
 * @param seed the seed that varies phrasing and model sampling
 */
public record ContentBrief(
        Channel channel,
        SocialNetwork network,
        String language,
        Optional<Audience> audience,
        Optional<CustomerFacts> customer,
        Optional<ProductFacts> product,
        String goal,
        String tone,
        List<String> keywords,
        BrandVoice voice,
        int variants,
        long seed) {
    public static final int MAX_VARIANTS = 10;

    public ContentBrief {
        if (!language.equals("en") && !language.equals("zh")) {
            throw MarketPilotException.invalid("Unknown language '" + language + "': use en or zh");
        }
        if (variants < 1 || variants > MAX_VARIANTS) {
            throw MarketPilotException.invalid("variants must be between 1 and " + MAX_VARIANTS);
        }
        goal = goal == null ? "" : goal.strip();
        tone = tone == null || tone.isBlank() ? "friendly" : tone.strip();
        keywords = List.copyOf(keywords);
    }

    public boolean chinese() {
        return language.equals("zh");
    }

    /** The persona kind, or general when writing without a segment. */
    public PersonaKind personaKind() {
        return audience.map(Audience::kind).orElse(PersonaKind.GENERAL);
    }
}
