package org.bilateral.briefs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bilateral.policy.Asks;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.policy.Stakes;
import org.bilateral.policy.TransshipmentPremium;
import org.bilateral.reference.Country;
import org.bilateral.reference.CountryDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The asks section from the policy's own use cases: each ask between the pair with its latest position up to the brief's
 * date, and what is at stake by its topic's measure ({@link StakeLines}).
 */
@Component
class AsksSection {

    private final Stakes stakes;
    private final TransshipmentPremium premiums;
    private final CountryDirectory countries;
    private final Clock clock;

    AsksSection(Stakes stakes, TransshipmentPremium premiums, CountryDirectory countries, Optional<Clock> clock) {
        this.stakes = stakes;
        this.premiums = premiums;
        this.countries = countries;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    Brief.Asks of(BriefRequest r, List<Asks.Ask> pairAsks, BriefSources sources) {
        List<Brief.AskLine> lines = new ArrayList<>();
        for (Asks.Ask a : pairAsks) {
            Optional<Asks.Position> latest = a.latest().filter(p -> p.saidOn() == null || !p.saidOn().isAfter(r.forDate()));
            int source = latest.map(p -> source(p, sources)).orElse(0);
            lines.add(new Brief.AskLine(a.id(), a.side(), a.addressee(), a.topic().name(), a.statement(), a.status().name(),
                    latest.map(Asks.Position::saidOn).orElse(null), latest.map(p -> who(a, p, r.language())).orElse(null),
                    latest.map(Asks.Position::whereSaid).orElse(null), stake(a, sources), source, a.statementVi()));
        }
        if (lines.isEmpty()) {
            return new Brief.Asks("brief.asks.none", List.of());
        }
        return new Brief.Asks(null, List.copyOf(lines));
    }

    /** The position's source, by its address where it has one; 0 for a position with none. */
    private static int source(Asks.Position p, BriefSources sources) {
        if (p.source() == null && p.sourceUrl() == null) {
            return 0;
        }
        String where = p.sourceUrl() == null ? String.valueOf(p.source()) : p.sourceUrl();
        return sources.of("position " + where, Brief.Source.Kind.PRESS_RELEASE, p.whereSaid() == null ? String.valueOf(p.source())
                : p.whereSaid(), where, false);
    }

    /**
     * Who took a position: as recorded, else the ask's side by name. A position read from a press release before the
     * reader named who took it has no one: the side that asks is the one stating it.
     */
    String who(Asks.Ask a, Asks.Position p) {
        return p.who() != null ? p.who() : countries.byCode(a.side()).map(Country::name).orElse(a.side().value());
    }

    /**
     * The same, in the brief's language: a side named in Vietnamese by the JDK's locale data ("Hoa Kỳ"), in English by
     * the country directory's name.
     */
    String who(Asks.Ask a, Asks.Position p, BriefLanguage language) {
        if (p.who() != null || language != BriefLanguage.VI) {
            return who(a, p);
        }
        return a.side().name(language.locale());
    }

    private Brief.@Nullable Stake stake(Asks.Ask a, BriefSources sources) {
        Optional<Stakes.Beside> beside = stakes.beside(a);
        if (beside.isEmpty()) {
            return null;
        }
        Stakes.Beside b = beside.get();
        if (b.unavailable() != null) {
            return new Brief.Stake(Brief.Stake.Kind.UNAVAILABLE, null, null, null, null, null, b.unavailable());
        }
        if (b.stakes() != null) {
            b.stakes().provenance().sources().forEach(s -> sources.of("measures " + s, Brief.Source.Kind.MEASURES, s, "", false));
            sources.derivedFromSynthetic(b.stakes().provenance().synthetic());
        }
        Optional<Brief.Stake> measured = StakeLines.of(b.stakes());
        if (measured.isPresent() || b.topic() != PolicyTopic.TRADE_FRAUD) {
            return measured.orElse(null);
        }
        LocalDate saidOn = a.latest().map(Asks.Position::saidOn).orElse(LocalDate.now(clock));
        return premiums.latest(b.partner(), saidOn).map(StakeLines::transshipment).orElse(null);
    }
}
