package io.marketpilot.core.content;

import io.marketpilot.core.MarketPilotException;
import java.util.Locale;

/** Where a generated text stands in review: draft → approved / rejected → used in a campaign. */
public enum ContentStatus {
    DRAFT,
    APPROVED,
    REJECTED,
    USED;

    /** True when a reviewer may move an item from this state to {@code next}. */
    public boolean canMoveTo(ContentStatus next) {
        return switch (this) {
            case DRAFT -> next == APPROVED || next == REJECTED;
            // a reviewer may change their mind until the text is out of the door
            case APPROVED -> next == REJECTED || next == USED;
            case REJECTED -> next == APPROVED || next == DRAFT;
            case USED -> false;
        };
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ContentStatus parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw MarketPilotException.invalid(
                    "Unknown content status '" + value + "': use draft, approved, rejected or used");
        }
    }
}
