package org.bilateral.risk;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A product's flow by year as the signals read it ({@link ProductSeries}), over two arrays a flow's products share: its
 * years, in order, and the product's values by year index. A screen makes one for each of thousands of products and
 * seven flows; each as a map of its own, hashed by boxed year, cost the screen more than reading the statistics did.
 * Read-only, in ascending years, like the sorted map it replaces.
 */
final class YearValues extends AbstractMap<Integer, BigDecimal> {

    private final Integer[] years;
    private final BigDecimal[] values;

    /** @param years the flow's years, ascending, boxed once for all its products; values by the same index */
    YearValues(Integer[] years, BigDecimal[] values) {
        if (years.length != values.length) {
            throw new IllegalArgumentException(years.length + " years, " + values.length + " values");
        }
        this.years = years;
        this.values = values;
    }

    private int indexOf(@Nullable Object key) {
        if (key instanceof Integer year) {
            int y = year;
            for (int i = 0; i < years.length; i++) {
                if (years[i] == y) {
                    return i;
                }
            }
        }
        return -1;
    }

    @Override
    public @Nullable BigDecimal get(@Nullable Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return years.length;
    }

    // keySet() is AbstractMap's: a view over entrySet() whose contains() asks containsKey() above.

    @Override
    public Set<Entry<Integer, BigDecimal>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<Integer, BigDecimal>> iterator() {
                return new Iterator<>() {
                    private int at;

                    @Override
                    public boolean hasNext() {
                        return at < years.length;
                    }

                    @Override
                    public Entry<Integer, BigDecimal> next() {
                        if (at >= years.length) {
                            throw new NoSuchElementException();
                        }
                        int i = at++;
                        return new SimpleImmutableEntry<>(years[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return years.length;
            }
        };
    }
}
