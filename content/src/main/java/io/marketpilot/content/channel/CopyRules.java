package io.marketpilot.content.channel;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks copy against its platform's limits. Each violation is one sentence naming the field, the limit and the
 * actual figure, so it can be shown to a reviewer or sent back to a model that broke it.
 */
public final class CopyRules {
    private CopyRules() {}

    public static List<String> violations(Copy copy, SocialNetwork network) {
        List<String> out = new ArrayList<>();
        for (Channel.FieldSpec f : copy.channel().fields()) {
            if (f.listField()) {
                checkList(copy, f, out);
            } else {
                checkText(copy, f, network, out);
            }
        }
        out.addAll(hashtagViolations(copy, network));
        return out;
    }

    private static void checkText(Copy copy, Channel.FieldSpec f, SocialNetwork network, List<String> out) {
        String value = copy.text(f.name());
        if (value.isBlank()) {
            out.add(f.name() + " is empty");
            return;
        }
        switch (copy.channel()) {
            case SMS -> {
                SmsEncoding sms = SmsEncoding.of(value);
                if (!sms.fitsOneMessage()) {
                    out.add("text is " + sms.units() + (sms.gsm7() ? " GSM-7 characters" : " UCS-2 characters")
                            + "; one SMS holds " + sms.singleMessageLimit()
                            + (sms.gsm7() ? "" : " because the text needs Unicode (e.g. Chinese or emoji)"));
                }
            }
            case SOCIAL -> {
                int length = network.length(copy.published());
                if (length > network.maxLength()) {
                    out.add("post with hashtags is " + length + " characters as " + network.wireName()
                            + " counts them; the limit is " + network.maxLength());
                }
            }
            default -> {
                int length = TextWidth.characters(value);
                if (length > f.maxLength()) {
                    out.add(f.name() + " is " + length + " characters; the limit is " + f.maxLength());
                }
            }
        }
    }

    private static void checkList(Copy copy, Channel.FieldSpec f, List<String> out) {
        List<String> values = copy.list(f.name());
        if (values.size() < f.minItems()) {
            out.add(f.name() + " has " + values.size() + " entries; at least " + f.minItems() + " are needed");
        }
        int max = copy.channel() == Channel.SOCIAL ? Integer.MAX_VALUE : f.maxItems();
        if (values.size() > max) {
            out.add(f.name() + " has " + values.size() + " entries; at most " + max + " are allowed");
        }
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            // search ads count full-width characters twice, as Google Ads does
            int length = copy.channel() == Channel.AD ? TextWidth.doubleWidthUnits(v) : TextWidth.characters(v);
            if (length > f.maxLength()) {
                out.add(f.name() + "[" + (i + 1) + "] \"" + v + "\" is " + length
                        + (copy.channel() == Channel.AD ? " width units" : " characters") + "; the limit is "
                        + f.maxLength());
            }
            if (f.name().equals("hashtags") && (!v.startsWith("#") || v.chars().anyMatch(Character::isWhitespace))) {
                out.add("hashtag \"" + v + "\" must start with # and contain no spaces");
            }
        }
    }

    /** Hashtag count against the network's limit, checked separately because the limit is the network's. */
    static List<String> hashtagViolations(Copy copy, SocialNetwork network) {
        if (copy.channel() != Channel.SOCIAL || copy.list("hashtags").size() <= network.maxHashtags()) {
            return List.of();
        }
        return List.of("hashtags has " + copy.list("hashtags").size() + " entries; " + network.wireName()
                + " allows at most " + network.maxHashtags());
    }
}
