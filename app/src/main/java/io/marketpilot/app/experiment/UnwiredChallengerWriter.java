package io.marketpilot.app.experiment;

import java.util.List;

/**
 * The honest default until content generation is wired in: it writes nothing and says so, and the next round
 * waits for challengers a person adds by hand.
 */
public final class UnwiredChallengerWriter implements ChallengerWriter {
    public static final String SOURCE = "none (content generation is not wired in yet)";

    @Override
    public Drafts write(Brief brief) {
        return new Drafts(
                List.of(),
                SOURCE,
                "No challengers were drafted: content generation is not connected. Create the next round's experiment"
                        + " with the winner as control and your own approved challengers (campaign "
                        + brief.campaignId() + ").");
    }
}
