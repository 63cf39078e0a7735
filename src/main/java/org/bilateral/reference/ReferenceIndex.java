package org.bilateral.reference;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory index over reference tables, built on first use and dropped when reference data is
 * reloaded, so lookups during an import of millions of rows never touch the database.
 */
final class ReferenceIndex<T> {

    private final Supplier<T> build;
    private volatile @Nullable T index;

    ReferenceIndex(Supplier<T> build) {
        this.build = build;
    }

    T get() {
        T current = index;
        if (current == null) {
            current = build.get();
            index = current;
        }
        return current;
    }

    void invalidate() {
        index = null;
    }
}
