package io.marketpilot.app.campaign;

/** What one run of the sender did: messages claimed, and how each ended. */
final class SendTally {
    int claimed;
    long sent;
    long retrying;
    long failed;
    long skipped;

    void add(SendTally other) {
        claimed += other.claimed;
        sent += other.sent;
        retrying += other.retrying;
        failed += other.failed;
        skipped += other.skipped;
    }
}
