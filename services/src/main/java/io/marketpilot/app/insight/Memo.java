package io.marketpilot.app.insight;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value built on first use and kept: for the embedding models, which take seconds and hundreds of megabytes to
 * load and which a CLI command that never needs them should not pay for.
 */
public final class Memo<T> implements Supplier<T> {
    private final Supplier<T> factory;
    /** Null until the first {@link #get}. */
    private volatile @Nullable T value;

    private Memo(Supplier<T> factory) {
        this.factory = factory;
    }

    public static <T> Memo<T> of(Supplier<T> factory) {
        return new Memo<>(factory);
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = factory.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
