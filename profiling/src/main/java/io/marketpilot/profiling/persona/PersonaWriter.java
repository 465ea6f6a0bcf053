package io.marketpilot.profiling.persona;

import java.util.List;

/** Turns segment facts into personas; implementations must use only the facts and keep names unique. */
public interface PersonaWriter {

    /** One persona per segment, in the order given. */
    List<Persona> write(List<SegmentFacts> segments);

    /** The writer and its version, kept with every segmentation run as provenance. */
    String describe();
}
