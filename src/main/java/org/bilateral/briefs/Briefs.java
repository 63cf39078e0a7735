package org.bilateral.briefs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.LastBrief;
import org.bilateral.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes briefs and keeps each as it was made, with the versions of the record it was made from: last round's brief
 * reopens exactly, and the next one says what changed since it.
 */
@Service
public class Briefs implements LastBrief {

    /** How far back a brief looks when the pair has no earlier brief and none is asked: half a year. */
    static final int DEFAULT_MONTHS_BACK = 6;

    /**
     * The versions of the record a brief was made from: the imports of statistics, and how many deals, engagements, asks
     * and positions there were.
     */
    public record Inputs(List<Long> statisticsImports, int deals, long engagements, int asks, int positions) {
    }

    /** A brief kept: its number, who made it, from what, and the brief itself. */
    public record Kept(long id, String preparedBy, Inputs inputs, Brief brief) {
    }

    /** A line of the history: enough to choose one to reopen. */
    public record Made(long id, CountryCode a, CountryCode b, LocalDate forDate, LocalDate since, BriefLanguage language,
                       Instant preparedAt, String preparedBy) {
    }

    private final BriefComposer composer;
    private final BriefStore store;

    Briefs(BriefComposer composer, BriefStore store) {
        this.composer = composer;
        this.store = store;
    }

    /**
     * Composes the brief and keeps it. Its start date is the one asked, else the date of the pair's previous brief, else
     * half a year before its date; the previous brief (the latest of the pair dated before it) gives what changed.
     */
    @Transactional
    public Kept make(BriefRequest asked, String by) {
        Optional<Kept> previous = store.previous(asked.a(), asked.b(), asked.forDate()).map(this::kept);
        LocalDate since = asked.since() != null ? asked.since()
                : previous.map(p -> p.brief().request().forDate()).orElse(asked.forDate().minusMonths(DEFAULT_MONTHS_BACK));
        // the brief's product, sector and section names in the brief's language, whatever the page that asked for it
        org.springframework.context.i18n.LocaleContext page = org.springframework.context.i18n.LocaleContextHolder.getLocaleContext();
        BriefComposer.Composed composed;
        try {
            org.springframework.context.i18n.LocaleContextHolder.setLocale(asked.language().locale());
            composed = composer.compose(asked.since(since), previous.map(Kept::id).orElse(0L), previous.map(Kept::brief).orElse(null));
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.setLocaleContext(page);
        }
        return new Kept(store.keep(composed.brief(), composed.inputs(), by), by, composed.inputs(), composed.brief());
    }

    /** A brief exactly as it was made. */
    public Kept kept(long id) {
        return store.kept(id).orElseThrow(() -> new NotFound(NotFound.Thing.BRIEF, id));
    }

    /** The briefs made, newest first; of one pair when both are given. */
    public List<Made> history(@Nullable CountryCode a, @Nullable CountryCode b) {
        return store.history(a, b);
    }

    /** When the pair's latest brief was made (whatever date it was for): the first page counts changes from then. */
    @Override
    public Optional<Instant> madeAt(CountryCode a, CountryCode b) {
        return store.lastMade(a, b);
    }
}
