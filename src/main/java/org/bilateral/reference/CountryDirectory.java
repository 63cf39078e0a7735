package org.bilateral.reference;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NameKey;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/** Finds a country by any of its codes or names; kept in memory, refreshed when reference data is loaded. */
@Service
public class CountryDirectory {

    private final CountryStore store;
    private final ReferenceIndex<Index> index;

    CountryDirectory(CountryStore store) {
        this.store = store;
        this.index = new ReferenceIndex<>(this::build);
    }

    private record Index(Map<String, Country> byAlpha2, Map<String, Country> byAlpha3, Map<String, Country> byCensus,
                         Map<Integer, Country> byComtrade, Map<Integer, Country> byM49, Map<String, Country> byName) {
    }

    @EventListener
    void on(ReferenceDataLoaded loaded) {
        index.invalidate();
    }

    private Index index() {
        return index.get();
    }

    private Index build() {
        List<Country> countries = store.countries();
        Map<String, Country> byAlpha2 = new HashMap<>();
        Map<String, Country> byAlpha3 = new HashMap<>();
        Map<String, Country> byCensus = new HashMap<>();
        Map<Integer, Country> byComtrade = new HashMap<>();
        Map<Integer, Country> byM49 = new HashMap<>();
        for (Country c : countries) {
            byAlpha2.put(c.code().value(), c);
            byAlpha3.put(c.alpha3(), c);
            if (c.censusCode() != null) {
                byCensus.put(c.censusCode(), c);
            }
            if (c.m49() != null) {
                byM49.put(c.m49(), c);
            }
            if (c.comtradeCode() != null) {
                byComtrade.put(c.comtradeCode(), c);
            }
        }
        Map<String, Country> byName = new HashMap<>();
        for (CountryStore.NameOf name : store.names()) {
            Country c = byAlpha2.get(name.alpha2());
            if (c != null) {
                byName.put(name.folded(), c);
            }
        }
        return new Index(byAlpha2, byAlpha3, byCensus, byComtrade, byM49, byName);
    }

    public boolean isLoaded() {
        return !index().byAlpha2().isEmpty();
    }

    public Collection<Country> all() {
        return index().byAlpha2().values();
    }

    /**
     * Every country, named in that language, in the order a reader of that language looks for it: by name, letters with accents beside their
     * plain forms (Åland Islands after Albania, not after Zimbabwe), as {@link java.text.Collator} orders them.
     */
    public java.util.List<Country> byName(java.util.Locale locale) {
        return all().stream().map(c -> named(c, locale))
                .sorted(java.util.Comparator.comparing(Country::name, readingOrder(locale))).toList();
    }

    /** The country with its name in a language, as {@link CountryCode#name} says it ("Hoa Kỳ"), for a page's lists. */
    static Country named(Country c, java.util.Locale locale) {
        return new Country(c.code(), c.alpha3(), c.isoNumeric(), c.m49(), c.comtradeCode(), c.censusCode(), c.code().name(locale));
    }

    /** Names as a reader of the language orders them. */
    static java.util.Comparator<Object> readingOrder(java.util.Locale locale) {
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        collator.setStrength(java.text.Collator.SECONDARY);
        return collator;
    }

    public Optional<Country> byCode(CountryCode code) {
        return Optional.ofNullable(index().byAlpha2().get(code.value()));
    }

    public Optional<Country> byCensusCode(String censusCode) {
        return Optional.ofNullable(index().byCensus().get(censusCode));
    }

    /** By UN Comtrade reporter/partner code, which is M49 except where Comtrade keeps its own (USA 842). */
    public Optional<Country> byComtradeCode(int code) {
        Index i = index();
        Country c = i.byComtrade().get(code);
        if (c == null) {
            c = i.byM49().get(code);
            if (c != null && c.comtradeCode() != null && c.comtradeCode() != code) {
                c = null;
            }
        }
        return Optional.ofNullable(c);
    }

    public Optional<Country> byAlpha3(String alpha3) {
        return Optional.ofNullable(index().byAlpha3().get(alpha3.toUpperCase(Locale.ROOT)));
    }

    /** By alpha-2, alpha-3 or any known name variant ("Viet Nam", "Việt Nam", "vn"). */
    public Optional<Country> find(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        Index i = index();
        String code = t.toUpperCase(Locale.ROOT);
        Country byCode = t.length() == 2 ? i.byAlpha2().get(code) : t.length() == 3 ? i.byAlpha3().get(code) : null;
        return Optional.ofNullable(byCode != null ? byCode : i.byName().get(NameKey.of(t)));
    }

    /** Like {@link #find} but a clear refusal, by the field {@code country}, when the country is unknown. */
    public Country require(@Nullable String text) {
        return find(text).orElseThrow(() -> new InvalidInput("country", isLoaded()
                ? Said.of("refusal.reference.unknownCountry", String.valueOf(text))
                : Said.of("refusal.tradestats.noReference")));
    }
}
