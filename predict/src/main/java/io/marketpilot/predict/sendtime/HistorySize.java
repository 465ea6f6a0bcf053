package io.marketpilot.predict.sendtime;

/** Groups of evaluated customers by how many purchases before the split their recommendation rests on. */
public enum HistorySize {
    ALL("all"),
    ONE_OR_TWO("1-2 before"),
    THREE_OR_MORE("3+ before");

    private final String label;

    HistorySize(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The group of a customer with this many purchases before the split (at least one); never {@link #ALL}. */
    static HistorySize of(int purchasesBefore) {
        return purchasesBefore <= 2 ? ONE_OR_TWO : THREE_OR_MORE;
    }
}
