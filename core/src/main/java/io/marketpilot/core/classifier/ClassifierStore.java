package io.marketpilot.core.classifier;

import java.util.List;
import java.util.Optional;

/**
 * The trained classifiers: every version of every name with its model bytes, and which version of a name is active.
 * Exactly one version of a name is active once it has any; the first version of a name becomes active by itself.
 */
public interface ClassifierStore {

    /**
     * Keeps a new version of {@code name} under the next free number and returns it as stored; it is active when it
     * is the name's first version or {@code activate} is set (the previous active version then stops being so).
     */
    ClassifierVersion save(ClassifierVersion trained, byte[] model, boolean activate);

    /** Every version of {@code name}, newest first. */
    List<ClassifierVersion> versions(String name);

    /** The active version of every name, by name. */
    List<ClassifierVersion> activeVersions();

    Optional<ClassifierVersion> active(String name);

    Optional<ClassifierVersion> find(String name, int version);

    /** The model bytes of a version. */
    Optional<byte[]> model(String name, int version);

    /** Makes {@code version} the one that answers for {@code name}; false when there is no such version. */
    boolean activate(String name, int version);
}
