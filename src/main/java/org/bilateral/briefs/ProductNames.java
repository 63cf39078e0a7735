package org.bilateral.briefs;

import org.jspecify.annotations.Nullable;

/**
 * The one place a brief names a product, for every section that lists products (the balance's top products and movers,
 * the risks): its name in the brief's language. Today the statistics' own label, which is English; the Vietnamese HS
 * descriptions (issue 30, ../shared/data/hs/hs2022-vi.csv) are to be looked up here for {@link BriefLanguage#VI}, and
 * every section follows.
 */
final class ProductNames {

    private ProductNames() {
    }

    /** A product's name without its code, which the brief gives in its own column; null where the statistics have none. */
    static @Nullable String of(String code, @Nullable String label, BriefLanguage language) {
        return label != null && label.startsWith(code) ? label.substring(code.length()).strip() : label;
    }
}
