package org.bilateral.briefs;

import java.util.List;
import java.util.Optional;
import org.bilateral.risk.Screen;
import org.bilateral.risk.ScreenRequest;
import org.bilateral.risk.TransshipmentScreen;
import org.bilateral.risk.Triangle;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Period;
import org.bilateral.world.Standing;
import org.bilateral.world.WorldRuns;
import org.springframework.stereotype.Component;

/**
 * The risks section from the risk screen's own use case: the screen of the pair's hub, goods of China through the first
 * country to the second, where neither is China, over the latest eight years the statistics hold.
 */
@Component
class RisksSection {

    /** The risks a brief names. */
    static final int TOP = 5;

    /** The years the screen looks back over, the latest included. */
    static final int YEARS = 8;

    private static final CountryCode CHINA = CountryCode.of("CN");

    private final TransshipmentScreen screens;
    private final WorldRuns worldRuns;

    RisksSection(TransshipmentScreen screens, WorldRuns worldRuns) {
        this.screens = screens;
        this.worldRuns = worldRuns;
    }

    Brief.Risks of(BriefRequest r, BriefSources sources) {
        Brief.Risks risks = screened(r, sources);
        if (r.a().equals(CHINA) || r.b().equals(CHINA)) {
            return risks;
        }
        // issue 35: where the pair's hub stands among every hub of the world screen's latest run of the route, when one is held
        Optional<Standing> standing = worldRuns.latestStanding(CHINA, r.a(), r.b());
        standing.ifPresent(s -> {
            sources.of("world run " + s.run().id(), Brief.Source.Kind.STATISTICS, "world run " + s.run().id(), "", s.run().synthetic());
            sources.derivedFromSynthetic(s.run().synthetic());
        });
        return risks.withWorld(standing.orElse(null));
    }

    private Brief.Risks screened(BriefRequest r, BriefSources sources) {
        if (r.a().equals(CHINA) || r.b().equals(CHINA)) {
            return new Brief.Risks("brief.risks.china", null, 0, List.of(), null, null, List.of());
        }
        Triangle t = new Triangle(CHINA, r.a(), r.b());
        Optional<Integer> latest = screens.latestYear(t);
        if (latest.isEmpty()) {
            return new Brief.Risks("brief.risks.none", t.toString(), 0, List.of(), null, null, List.of());
        }
        int to = latest.get();
        int from = Math.max(to - (YEARS - 1), Period.FIRST_YEAR);
        Screen s;
        try {
            s = screens.screen(new ScreenRequest(t, from, to, HsLevel.SUBHEADING, TOP, null));
        } catch (InvalidInput e) {
            return new Brief.Risks("brief.risks.none", t.toString(), 0, List.of(), null, null, List.of(e.getMessage()));
        }
        s.provenance().sources().forEach(line -> sources.of("statistics " + line, Brief.Source.Kind.STATISTICS, line, "",
                s.provenance().synthetic()));
        sources.derivedFromSynthetic(s.provenance().synthetic());
        return new Brief.Risks(null, t.toString(), s.screened(), s.candidates().stream().map(c -> new Brief.RiskLine(c.rank(), c.code(),
                ProductNames.of(c.code(), c.label()), c.score(), c.tradeCarriedUsd(), c.tradeYear(), c.dutyAtStakeUsd())).toList(),
                s.bound().share(), s.bound().year(), s.missing(), s.premium() == null ? null : s.premium().until());
    }
}
