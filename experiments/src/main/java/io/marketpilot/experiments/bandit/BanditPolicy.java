package io.marketpilot.experiments.bandit;

/** A rule that picks which variant to show next and learns from the reward it earned. */
public interface BanditPolicy {
    /** The arm to play next, in [0, arms). */
    int chooseArm();

    /** Records the reward (1/0 for a conversion, an amount for revenue) earned by playing {@code arm}. */
    void update(int arm, double reward);

    /** A snapshot of what the policy has learned, enough to rebuild it with {@link BanditPolicies#restore}. */
    BanditState state();
}
