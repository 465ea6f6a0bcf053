package io.marketpilot.content.channel;

import io.marketpilot.core.MarketPilotException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Social networks and their post limits. X counts CJK characters twice (its "weighted length"), so a Chinese post
 * there holds 140 characters; the others count characters.
 */
public enum SocialNetwork {
    X("x", 280, true, 10),
    INSTAGRAM("instagram", 2200, false, 30),
    LINKEDIN("linkedin", 3000, false, 10),
    FACEBOOK("facebook", 63206, false, 10),
    WEIBO("weibo", 2000, false, 10);

    private final String wireName;
    private final int maxLength;
    private final boolean weightsWideCharacters;
    private final int maxHashtags;

    SocialNetwork(String wireName, int maxLength, boolean weightsWideCharacters, int maxHashtags) {
        this.wireName = wireName;
        this.maxLength = maxLength;
        this.weightsWideCharacters = weightsWideCharacters;
        this.maxHashtags = maxHashtags;
    }

    public String wireName() {
        return wireName;
    }

    public int maxLength() {
        return maxLength;
    }

    public int maxHashtags() {
        return maxHashtags;
    }

    /** The post's length as this network counts it (the post and its hashtags together, as published). */
    public int length(String published) {
        return weightsWideCharacters ? TextWidth.doubleWidthUnits(published) : TextWidth.characters(published);
    }

    public static SocialNetwork parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("twitter")) {
            return X;
        }
        return Arrays.stream(values())
                .filter(n -> n.wireName.equals(v))
                .findFirst()
                .orElseThrow(() -> MarketPilotException.invalid(
                        "Unknown network '" + value + "': use x, instagram, linkedin, facebook or weibo"));
    }
}
