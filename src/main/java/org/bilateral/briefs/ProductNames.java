package org.bilateral.briefs;

import org.jspecify.annotations.Nullable;

/**
 * The one place a brief names a product, for every section that lists products (the balance's top products and movers,
 * the risks): its name in the brief's language. The statistics' label already is, as {@code Briefs.make} composes the
 * brief in its own language's locale (the Vietnamese HS descriptions of ../shared/data/hs/hs2022-vi.csv for
 * {@link BriefLanguage#VI}); here the code the brief gives in its own column is taken off the front.
 */
final class ProductNames {

    private ProductNames() {
    }

    /** A product's name without its code, which the brief gives in its own column; null where the statistics have none. */
    static @Nullable String of(String code, @Nullable String label) {
        return label != null && label.startsWith(code) ? label.substring(code.length()).strip() : label;
    }
}
