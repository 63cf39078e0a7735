package org.bilateral.workbench;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bilateral.shared.Changes;
import org.bilateral.shared.Changes.Change;
import org.bilateral.shared.Changes.Kind;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.LastBrief;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import org.bilateral.shared.Unavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The first page: what every module says changed since the pair's last brief, or since a day the user picks, grouped
 * by kind in the order of {@link Kind}; watched products only where their imports moved by the threshold or more. The
 * host asks every {@link Changes} bean without depending on any module, as the search box asks every Findable.
 */
@Service
public class WhatChanged {

    private static final Logger log = LoggerFactory.getLogger(WhatChanged.class);

    /** A watched product is listed when its imports moved by this much or more, in percent, unless the user says otherwise. */
    public static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.valueOf(20);
    /** The largest threshold the page takes, in percent: a tenfold rise; more would hide everything worth a look. */
    public static final BigDecimal LARGEST_THRESHOLD = BigDecimal.valueOf(1000);
    /** How far back the page looks when the pair has no brief yet and no day is chosen. */
    static final Duration WITHOUT_BRIEF = Duration.ofDays(30);

    /** Where the moment came from: the day the user chose, the pair's last brief, or (neither) the last thirty days. */
    public enum From { CHOSEN, BRIEF, MONTH }

    /**
     * What the user asked: a day (the changes since its start, in the workbench's time zone, the server's) or none, and the threshold in percent.
     */
    public record Asked(@Nullable LocalDate since, BigDecimal thresholdPercent) {

        /** Reads the page's fields, refusing by the field's name a day that is not a day and a threshold out of range. */
        public static Asked of(@Nullable String since, @Nullable String threshold) {
            LocalDate day = null;
            if (since != null && !since.isBlank()) {
                try {
                    day = LocalDate.parse(since.strip());
                } catch (DateTimeParseException e) {
                    throw new InvalidInput("since", Said.of("refusal.workbench.sinceDay", since.strip()));
                }
            }
            BigDecimal percent = DEFAULT_THRESHOLD;
            if (threshold != null && !threshold.isBlank()) {
                try {
                    percent = new BigDecimal(threshold.strip().replace(',', '.'));
                } catch (NumberFormatException e) {
                    throw new InvalidInput("threshold", Said.of("refusal.workbench.thresholdNumber", threshold.strip()));
                }
                if (percent.signum() < 0 || percent.compareTo(LARGEST_THRESHOLD) > 0) {
                    throw new InvalidInput("threshold", Said.of("refusal.workbench.thresholdRange", threshold.strip(), "0", "1000"));
                }
            }
            return new Asked(day, percent);
        }
    }

    /** One kind's changes, newest first; empty when nothing of the kind changed. */
    public record Group(Kind kind, List<Change> changes) {
    }

    /**
     * The page: the moment, where it came from, the day chosen (if one was), the threshold in percent, and every kind's
     * group in the order of {@link Kind}, empty ones included so that the page says nothing changed.
     */
    public record Report(Instant since, From from, @Nullable LocalDate chosen, BigDecimal thresholdPercent, List<Group> groups,
            List<Said> unanswered) {

        public int count() {
            return groups.stream().mapToInt(g -> g.changes().size()).sum();
        }

        public boolean anySynthetic() {
            return groups.stream().anyMatch(g -> g.changes().stream().anyMatch(Change::synthetic));
        }
    }

    private final List<Changes> modules;
    private final Optional<LastBrief> briefs;
    private final CountryCode own;
    private final CountryCode partner;

    WhatChanged(List<Changes> modules, Optional<LastBrief> briefs, @Value("${bilateral.pair.own}") String own,
                @Value("${bilateral.pair.partner}") String partner) {
        this.modules = List.copyOf(modules);
        this.briefs = briefs;
        this.own = CountryCode.of(own);
        this.partner = CountryCode.of(partner);
    }

    public Report since(Asked asked) {
        return since(asked, Instant.now());
    }

    Report since(Asked asked, Instant now) {
        Instant since;
        From from;
        LocalDate day = asked.since();
        if (day != null) {
            since = day.atStartOfDay(ZoneId.systemDefault()).toInstant();
            from = From.CHOSEN;
        } else {
            Optional<Instant> brief = briefs.flatMap(b -> b.madeAt(own, partner));
            since = brief.orElse(now.minus(WITHOUT_BRIEF));
            from = brief.isPresent() ? From.BRIEF : From.MONTH;
        }
        BigDecimal threshold = asked.thresholdPercent().movePointLeft(2);
        Map<Kind, List<Change>> byKind = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            byKind.put(k, new ArrayList<>());
        }
        List<Said> unanswered = new ArrayList<>();
        for (Changes m : modules) {
            List<Change> said;
            try {
                said = m.since(since);
            } catch (Unavailable e) {
                // a module that cannot answer now (statistics while their totals are rebuilt) leaves the others' lines
                // standing, and the page says what is missing rather than failing whole
                log.warn("{} could not say what changed: {}", m.getClass().getSimpleName(), e.getMessage());
                unanswered.add(e.said());
                continue;
            } catch (RuntimeException e) {
                log.error("{} failed to say what changed", m.getClass().getSimpleName(), e);
                unanswered.add(Said.of("since.unanswered"));
                continue;
            }
            for (Change c : said) {
                if (c.kind() == Kind.WATCHED_PRODUCT && !beyond(c.movement(), threshold)) {
                    continue;
                }
                byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Group> groups = new ArrayList<>();
        byKind.forEach((k, list) -> groups.add(new Group(k, list.stream().sorted(Comparator.comparing(Change::at).reversed()).toList())));
        return new Report(since, from, day, asked.thresholdPercent(), List.copyOf(groups), List.copyOf(unanswered));
    }

    /** Whether a movement (a fraction, up or down) reaches the threshold; a movement not known reaches none. */
    static boolean beyond(@Nullable BigDecimal movement, BigDecimal threshold) {
        return movement != null && movement.abs().compareTo(threshold) >= 0;
    }
}
