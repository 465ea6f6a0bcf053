package io.marketpilot.profiling.persona;

/** Where a segment stands in the customer life cycle, the first word of its persona name. */
enum PersonaStatus {
    NEW("New"),
    AT_RISK("At-risk"),
    LAPSED("Lapsed"),
    ACTIVE("Active"),
    NONE("");

    final String word;

    PersonaStatus(String word) {
        this.word = word;
    }

    boolean atRisk() {
        return this == AT_RISK || this == LAPSED;
    }
}
