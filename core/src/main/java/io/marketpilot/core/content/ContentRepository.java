package io.marketpilot.core.content;

import io.marketpilot.core.page.Page;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Generated texts and their review state. Status changes are checked against {@link ContentStatus#canMoveTo}. */
public interface ContentRepository {

    /** Saves new items (their ids are ignored) in one transaction and returns them with their ids. */
    List<ContentItem> saveAll(List<ContentItem> items);

    Optional<ContentItem> find(long id);

    /** Newest first. */
    Page<ContentItem> list(ContentQuery query);

    /**
     * Moves an item to {@code status} (approved, rejected, back to draft), recording who and why.
     *
     * @throws io.marketpilot.core.MarketPilotException not found, or a move the workflow does not allow (conflict)
     */
    ContentItem review(long id, ContentStatus status, String reviewer, @Nullable String comment, LocalDateTime at);

    /**
     * Replaces an item's fields and evaluation after an edit; the item goes back to draft, since what was
     * approved is no longer what it says. Used items cannot be edited (conflict).
     */
    ContentItem edit(long id, String fields, String evaluation);

    /** Records that an approved item went out in {@code campaign}; anything not approved is refused (conflict). */
    ContentItem markUsed(long id, String campaign);

    /** Marks an approved or used item as a winner, so later prompts prefer it as an example. */
    ContentItem markWon(long id);

    /**
     * Approved and used texts of one channel, language and segment (null segment: texts for single customers or
     * products), winners first, then newest: the few-shot examples for the next prompt.
     */
    List<ContentItem> examples(String channel, String language, @Nullable String segment, int limit);

    /** Every approved or used item, oldest first, for training-data export. */
    List<ContentItem> approved();
}
