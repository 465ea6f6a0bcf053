package io.marketpilot.core.copilot;

import java.util.List;
import java.util.Optional;

/** The plans the copilot proposed, with their review and what they launched. */
public interface PlanStore {
    /** Saves a new plan (its id is ignored) and returns it with the id the store gave it. */
    StoredPlan save(StoredPlan plan);

    Optional<StoredPlan> find(long id);

    /** The newest plans first, at most {@code limit}. */
    List<StoredPlan> list(int limit);

    /**
     * Records a person's decision on a proposed plan; false when the plan is not proposed any more (someone decided
     * first), so two reviewers cannot both decide.
     */
    boolean review(long id, PlanStatus decision, StoredPlan.Review review);

    /** Records the drafts an approved plan created and marks it launched. */
    void launched(long id, List<String> draftIds);
}
