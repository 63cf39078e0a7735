package org.bilateral.briefs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bilateral.commitments.Deal;
import org.bilateral.commitments.DealId;
import org.bilateral.commitments.DealStage;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.commitments.targets.Attainment;
import org.bilateral.commitments.targets.Projection;
import org.bilateral.commitments.targets.Projections;
import org.bilateral.commitments.targets.PurchaseTarget;
import org.bilateral.commitments.targets.PurchaseTargets;
import org.bilateral.commitments.targets.StatisticsSide;
import org.bilateral.engagements.Directory;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.engagements.Engagements;
import org.bilateral.engagements.MergeProposals;
import org.bilateral.engagements.MergeStatus;
import org.bilateral.engagements.MergeSubject;
import org.bilateral.engagements.Talks;
import org.bilateral.policy.Asks;
import org.bilateral.policy.ExportControlStakes;
import org.bilateral.policy.MarketEconomyStakes;
import org.bilateral.policy.Stakes;
import org.bilateral.policy.TariffStakes;
import org.bilateral.policy.TransshipmentPremium;
import org.bilateral.policy.YearFigure;
import org.bilateral.reference.Country;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.risk.Screen;
import org.bilateral.risk.ScreenRequest;
import org.bilateral.risk.TransshipmentScreen;
import org.bilateral.risk.Triangle;
import org.bilateral.shared.Counted;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Granularity;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.InvalidInput;
import org.bilateral.tradestats.Balance;
import org.bilateral.tradestats.BalanceRequest;
import org.bilateral.tradestats.Mirror;
import org.bilateral.tradestats.MirrorRequest;
import org.bilateral.shared.Flow;
import org.bilateral.tradestats.ProductFlows;
import org.bilateral.tradestats.Products;
import org.bilateral.tradestats.ProductsRequest;
import org.bilateral.tradestats.Source;
import org.bilateral.tradestats.TradeBalances;
import org.springframework.stereotype.Service;

/**
 * Composes a brief from the capabilities' own use cases: the balances, mirror and products of the statistics, the deal
 * register's totals, targets and projection, the engagements, the asks with their stakes, and the transshipment screen.
 * Nothing is computed here that one of them owns; this only chooses, orders and numbers the sources.
 */
@Service
public class BriefComposer {

    /** The products a brief lists among the top and the movers, and the risks it names. */
    static final int TOP = 5;

    private final TradeBalances balances;
    private final ProductFlows flows;
    private final PurchaseCommitments commitments;
    private final PurchaseTargets targets;
    private final Projections projections;
    private final Engagements engagements;
    private final Asks asks;
    private final Stakes stakes;
    private final TransshipmentScreen screens;
    private final TransshipmentPremium premiums;
    private final MergeProposals merges;
    private final Directory directory;
    private final CountryDirectory countries;
    private final Clock clock;

    BriefComposer(TradeBalances balances, ProductFlows flows, PurchaseCommitments commitments, PurchaseTargets targets, Projections projections,
                  Engagements engagements, Asks asks, Stakes stakes, TransshipmentScreen screens, TransshipmentPremium premiums,
                  MergeProposals merges, Directory directory, CountryDirectory countries, Optional<Clock> clock) {
        this.balances = balances;
        this.flows = flows;
        this.commitments = commitments;
        this.targets = targets;
        this.projections = projections;
        this.engagements = engagements;
        this.asks = asks;
        this.stakes = stakes;
        this.screens = screens;
        this.premiums = premiums;
        this.merges = merges;
        this.directory = directory;
        this.countries = countries;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** The sources as they are numbered while the sections are composed. */
    private static final class Sources {
        final Map<String, Brief.Source> byKey = new LinkedHashMap<>();
        boolean synthetic;

        int of(String key, Brief.Source.Kind kind, String label, String detail, boolean synthetic) {
            this.synthetic |= synthetic;
            return byKey.computeIfAbsent(key, k -> new Brief.Source(byKey.size() + 1, kind, label, detail, synthetic)).number();
        }

        /** One import of statistics, named by its reporter where it is known. */
        int statistic(Source s, CountryCode reporter) {
            return of("import " + s.importId(), Brief.Source.Kind.STATISTICS,
                    s.dataset() + (reporter == null ? "" : " (" + reporter.value() + ")"), s.fileName() + ", import #" + s.importId(),
                    s.synthetic());
        }

        /** A reporter's imports of statistics; the number of the first, which its figures cite. */
        int statistics(List<Source> sources, CountryCode reporter) {
            int first = 0;
            for (Source s : sources) {
                int n = statistic(s, reporter);
                first = first == 0 ? n : first;
            }
            return first;
        }
    }

    /**
     * A brief for the request as the record stands now, {@code since} already resolved; with the pair's previous brief,
     * what changed since it.
     */
    Brief compose(BriefRequest r, long previousId, Brief previous) {
        Sources sources = new Sources();
        Brief.Balance balance = r.has(BriefSection.BALANCE) ? balance(r, sources) : null;
        Brief.Commitments commitments = r.has(BriefSection.COMMITMENTS) ? commitments(r, sources) : null;
        Brief.Engagements engagements = r.has(BriefSection.ENGAGEMENTS) ? engagements(r, sources) : null;
        Brief.Asks asks = r.has(BriefSection.ASKS) ? asks(r, sources) : null;
        Brief.Risks risks = r.has(BriefSection.RISKS) ? risks(r, sources) : null;
        YearMonth asOf = latestMonth(r.a(), r.b());
        Brief brief = new Brief(r, clock.instant(), asOf, sources.synthetic, balance, commitments, engagements, asks, risks, null,
                List.copyOf(sources.byKey.values()), held(r));
        return previous == null ? brief : withChanges(brief, previousId, previous);
    }

    private YearMonth latestMonth(CountryCode a, CountryCode b) {
        YearMonth latest = null;
        for (CountryCode reporter : List.of(a, b)) {
            CountryCode partner = reporter.equals(a) ? b : a;
            for (Flow flow : List.of(Flow.EXPORT, Flow.IMPORT)) {
                Optional<YearMonth> m = flows.latestMonth(reporter, partner, flow);
                if (m.isPresent() && (latest == null || m.get().isAfter(latest))) {
                    latest = m.get();
                }
            }
        }
        return latest;
    }

    private Brief.Balance balance(BriefRequest r, Sources sources) {
        List<Brief.Side> sides = new ArrayList<>();
        List<Brief.Side> yearToDate = new ArrayList<>();
        Integer year = null;
        CountryCode productsReporter = null;
        for (CountryCode reporter : List.of(r.b(), r.a())) {
            CountryCode partner = reporter.equals(r.a()) ? r.b() : r.a();
            Optional<Integer> full = balances.latestFullYear(reporter, partner);
            if (full.isEmpty()) {
                continue;
            }
            Balance years = balances.balance(new BalanceRequest(reporter, partner, Granularity.YEAR, HsLevel.TOTAL, full.get(), full.get(), 0));
            int source = sources.statistics(years.sources(), reporter);
            years.rows().stream().filter(row -> row.period().equals(String.valueOf(full.get()))).findFirst()
                    .ifPresent(row -> sides.add(side(reporter, partner, row, source)));
            year = year == null ? full.get() : Math.max(year, full.get());
            Balance ytd = balances.balance(new BalanceRequest(reporter, partner, Granularity.YTD, HsLevel.TOTAL, null, null, 0));
            if (!ytd.rows().isEmpty()) {
                Balance.Row last = ytd.rows().get(ytd.rows().size() - 1);
                if (last.months() < 12) {
                    yearToDate.add(side(reporter, partner, last, source));
                }
            }
            // the other side's statistics, where they hold a whole year, else ours: whose products and months the brief shows
            productsReporter = productsReporter == null ? reporter : productsReporter;
        }
        if (sides.isEmpty()) {
            return new Brief.Balance("brief.balance.none", null, List.of(), List.of(), null, null, List.of(), List.of(), List.of());
        }
        Brief.Mirror mirror = null;
        Mirror m = balances.mirror(new MirrorRequest(r.a(), r.b(), year, HsLevel.TOTAL, 0));
        if (m.aToB() != null && m.bToA() != null) {
            mirror = new Brief.Mirror(year, List.of(mirrorLine(m.aToB()), mirrorLine(m.bToA())),
                    m.sources().stream().map(s -> sources.statistic(s, null)).toList());
        }
        CountryCode other = productsReporter.equals(r.a()) ? r.b() : r.a();
        Products products = balances.products(new ProductsRequest(productsReporter, other, HsLevel.HEADING, year, TOP));
        List<Brief.Month> months = new ArrayList<>();
        Balance monthly = balances.balance(new BalanceRequest(productsReporter, other, Granularity.MONTH, HsLevel.TOTAL, year - 1, year + 1, 0));
        for (Balance.Row row : monthly.rows()) {
            months.add(new Brief.Month(YearMonth.parse(row.period()), row.exports(), row.imports()));
        }
        return new Brief.Balance(null, year, List.copyOf(sides), List.copyOf(yearToDate), mirror, productsReporter,
                products.top().stream().map(BriefComposer::product).toList(),
                products.movers().stream().map(BriefComposer::product).toList(), List.copyOf(months));
    }

    private static Brief.Side side(CountryCode reporter, CountryCode partner, Balance.Row row, int source) {
        return new Brief.Side(reporter, partner, row.period(), row.months(), row.exports(), row.imports(), row.balance(),
                row.exportsYearEarlier(), row.importsYearEarlier(), row.balanceYearEarlier(), source);
    }

    private static Brief.MirrorLine mirrorLine(Mirror.Direction d) {
        Mirror.Line t = d.total();
        return new Brief.MirrorLine(d.exporter(), d.importer(), t.exporterReports(), t.importerReports(), t.gap(), t.timing(),
                t.cifFobMargin(), t.residual());
    }

    /** A product with its name alone: the statistics' label repeats the code, which the brief gives in its own column. */
    private static Brief.ProductLine product(Products.Product p) {
        String label = p.label() != null && p.label().startsWith(p.code()) ? p.label().substring(p.code().length()).strip() : p.label();
        return new Brief.ProductLine(p.code(), label, p.exports(), p.imports(), p.tradeChange());
    }

    private Brief.Commitments commitments(BriefRequest r, Sources sources) {
        List<Deal> deals = commitments.deals().stream().filter(d -> pairOf(d, r)).toList();
        List<PurchaseTarget> pairTargets = targets.targets().stream()
                .filter(t -> Set2.of(t.buyer(), t.seller()).equals(Set2.of(r.a(), r.b()))).toList();
        if (deals.isEmpty() && pairTargets.isEmpty()) {
            return new Brief.Commitments("brief.commitments.none", 0, null, null, List.of(), List.of(), List.of(), null, 0);
        }
        int register = sources.of("deal register", Brief.Source.Kind.REGISTER, "Bilateral deal register",
                Counted.of(deals.size(), "deal", "deals") + " of " + r.a().value() + " and " + r.b().value(), false);
        List<Brief.Stage> stages = new ArrayList<>();
        int counted = 0;
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        for (DealStage stage : DealStage.values()) {
            List<Deal> at = deals.stream().filter(Deal::counted).filter(d -> d.stage() == stage).toList();
            if (at.isEmpty()) {
                continue;
            }
            BigDecimal lo = at.stream().map(d -> zero(d.valueLowUsd())).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal hi = at.stream().map(d -> zero(d.valueHighUsd())).reduce(BigDecimal.ZERO, BigDecimal::add);
            stages.add(new Brief.Stage(stage.name(), at.size(), lo, hi));
            counted += at.size();
            low = low.add(lo);
            high = high.add(hi);
        }
        List<Brief.DealLine> moved = new ArrayList<>();
        for (Deal d : deals) {
            d.stages().stream().filter(e -> e.happened() != null && !e.happened().isBefore(r.since()) && !e.happened().isAfter(r.forDate()))
                    .max(Comparator.comparing(Deal.StageEvent::happened))
                    .ifPresent(e -> moved.add(new Brief.DealLine(d.id().value(), d.buyer(), d.seller(), d.goods(), e.stage().name(), e.happened(),
                            d.valueLowUsd(), d.valueHighUsd())));
        }
        moved.sort(Comparator.comparing(Brief.DealLine::happened).reversed());
        List<Brief.Target> attained = new ArrayList<>();
        // each side's statistics are the pair's, whatever the target: looked up once
        Map<CountryCode, Integer> statisticsOf = new HashMap<>();
        for (PurchaseTarget t : pairTargets) {
            Attainment a = targets.attainment(t);
            List<Brief.Attained> sides = new ArrayList<>();
            for (Attainment.Side s : a.sides()) {
                CountryCode reporter = s.side().reporter(t.buyer(), t.seller());
                int source = statisticsOf.computeIfAbsent(reporter, who -> sources.statistics(
                        balances.sources(who, who.equals(t.buyer()) ? t.seller() : t.buyer()), who));
                s.years().stream().filter(y -> y.actualUsd() != null).max(Comparator.comparingInt(Attainment.Year::year))
                        .ifPresent(y -> sides.add(new Brief.Attained(s.label(), y.year(), y.months(), y.targetUsd(), y.actualUsd(),
                                y.attainment(), source)));
            }
            attained.add(new Brief.Target(t.code(), t.name(), List.copyOf(sides)));
        }
        CountryCode buyer = pairTargets.isEmpty() ? r.a() : pairTargets.get(0).buyer();
        CountryCode seller = buyer.equals(r.a()) ? r.b() : r.a();
        Brief.Projection projection = null;
        try {
            Projection p = projections.project(buyer, seller, StatisticsSide.PARTNER_EXPORTS);
            projection = new Brief.Projection(p.after(), p.baseYear(), p.gapUsd(), p.years().stream()
                    .map(y -> new Brief.ProjectedYear(y.year(), y.expectedUsd(), y.gapWithoutDealsUsd(), y.gapWithDealsUsd())).toList(),
                    p.expectedUsd(), p.shareOfGap(), p.notProjected().size());
        } catch (InvalidInput | org.bilateral.shared.NotFound e) {
            // no statistics to project from: the section says so through its missing projection
        }
        return new Brief.Commitments(null, counted, low, high, List.copyOf(stages), List.copyOf(moved), List.copyOf(attained), projection,
                register);
    }

    private static boolean pairOf(Deal d, BriefRequest r) {
        return d.buyerCountry() != null && d.sellerCountry() != null
                && Set2.of(CountryCode.of(d.buyerCountry()), CountryCode.of(d.sellerCountry())).equals(Set2.of(r.a(), r.b()));
    }

    /** An unordered pair. */
    private record Set2(CountryCode x, CountryCode y) {
        static Set2 of(CountryCode a, CountryCode b) {
            return a.compareTo(b) <= 0 ? new Set2(a, b) : new Set2(b, a);
        }
    }

    /**
     * The pair's engagements between the brief's start date and its date, and the round the brief is for wherever it
     * began. Which engagements are the pair's is {@link #ofPair}'s rule.
     */
    private Brief.Engagements engagements(BriefRequest r, Sources sources) {
        List<Brief.EngagementLine> lines = new ArrayList<>();
        Map<String, Brief.Person> otherSide = new LinkedHashMap<>();
        int undated = 0;
        List<Engagements.Engagement> all = engagements.timeline(null, null);
        Map<Long, Engagements.Engagement> byId = new HashMap<>();
        all.forEach(e -> byId.put(e.id(), e));
        Engagements.Engagement round = roundFor(r, all);
        for (Engagements.Engagement e : all) {
            if (!ofPair(e, r.a(), r.b(), byId)) {
                continue;
            }
            LocalDate day = day(e.happened());
            if (day == null) {
                undated++;
                continue;
            }
            boolean theRound = round != null && round.id() == e.id();
            if (!theRound && (day.isBefore(r.since()) || day.isAfter(r.forDate()))) {
                continue;
            }
            int source = 0;
            String line = "";
            if (!e.sources().isEmpty()) {
                Engagements.Source s = e.sources().get(0);
                source = sources.of("press release " + s.pressReleaseId(), Brief.Source.Kind.PRESS_RELEASE, s.name(),
                        "press release #" + s.pressReleaseId(), false);
                line = s.evidence();
            }
            lines.add(new Brief.EngagementLine(e.id(), day, e.kind().name(), e.place(),
                    e.participants().stream().map(Engagements.Participant::name).toList(), line, source));
            for (Engagements.Participant p : e.participants()) {
                if (r.b().value().equals(p.country()) && "person".equals(p.type())) {
                    otherSide.putIfAbsent(p.name(), new Brief.Person(p.name(), p.title(), r.b()));
                }
            }
        }
        lines.sort(Comparator.comparing(Brief.EngagementLine::day).thenComparing(Brief.EngagementLine::id));
        Long roundId = round == null ? null : round.id();
        if (lines.isEmpty()) {
            return new Brief.Engagements("brief.engagements.none", r.since(), r.forDate(), List.of(), List.of(), undated, roundId);
        }
        return new Brief.Engagements(null, r.since(), r.forDate(), List.copyOf(lines), List.copyOf(otherSide.values()), undated, roundId);
    }

    /**
     * Whether an engagement is the pair's. The rule: its {@code talks} are the pair's (a negotiation round, and an event
     * recorded beside a round, carry the talks they belong to), or it was held on the sidelines of a round of the pair's
     * talks, or its participants include both sides, people and organisations each by their country. One side among
     * the participants is not enough, nor is the place: a delegation of one side meets third countries too, and a
     * capital hosts the talks of many pairs (Washington hosts Viet Nam–US and Indonesia–US rounds alike).
     */
    static boolean ofPair(Engagements.Engagement e, CountryCode a, CountryCode b, Map<Long, Engagements.Engagement> byId) {
        Talks pair = new Talks(a, b);
        if (pair.equals(e.talks())) {
            return true;
        }
        Engagements.Engagement beside = e.sidelinesOf() == null ? null : byId.get(e.sidelinesOf());
        if (beside != null && pair.equals(beside.talks())) {
            return true;
        }
        return e.participants().stream().anyMatch(p -> a.value().equals(p.country()))
                && e.participants().stream().anyMatch(p -> b.value().equals(p.country()));
    }

    /**
     * The round the brief is for: the negotiation round of the pair's talks whose days (from its first to its last, or
     * its one day) include the brief's date; the latest begun where two do.
     */
    private static Engagements.Engagement roundFor(BriefRequest r, List<Engagements.Engagement> all) {
        Talks pair = new Talks(r.a(), r.b());
        Engagements.Engagement found = null;
        for (Engagements.Engagement e : all) {
            LocalDate first = day(e.happened());
            if (e.kind() != EngagementKind.NEGOTIATION_ROUND || !pair.equals(e.talks()) || first == null) {
                continue;
            }
            LocalDate last = day(e.ended());
            last = last == null || last.isBefore(first) ? first : last;
            if (!r.forDate().isBefore(first) && !r.forDate().isAfter(last) && (found == null || first.isAfter(day(found.happened())))) {
                found = e;
            }
        }
        return found;
    }

    /** An engagement's day where the report gives a whole date; "XXXX-05-22" (no year) is none. */
    private static LocalDate day(String happened) {
        if (happened == null) {
            return null;
        }
        try {
            return LocalDate.parse(happened.length() > 10 ? happened.substring(0, 10) : happened);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Brief.Asks asks(BriefRequest r, Sources sources) {
        List<Brief.AskLine> lines = new ArrayList<>();
        for (Asks.Ask a : asks.list(null, null)) {
            if (!Set2.of(a.side(), a.addressee()).equals(Set2.of(r.a(), r.b()))) {
                continue;
            }
            Optional<Asks.Position> latest = a.latest().filter(p -> p.saidOn() == null || !p.saidOn().isAfter(r.forDate()));
            int source = latest.map(p -> p.source() == null && p.sourceUrl() == null ? 0
                    : sources.of("position " + (p.sourceUrl() == null ? p.source() : p.sourceUrl()), Brief.Source.Kind.PRESS_RELEASE,
                            p.whereSaid() == null ? String.valueOf(p.source()) : p.whereSaid(),
                            p.sourceUrl() == null ? String.valueOf(p.source()) : p.sourceUrl(), false)).orElse(0);
            lines.add(new Brief.AskLine(a.id(), a.side(), a.addressee(), a.topic().name(), a.statement(), a.status().name(),
                    latest.map(Asks.Position::saidOn).orElse(null), latest.map(p -> who(a, p)).orElse(null),
                    latest.map(Asks.Position::whereSaid).orElse(null), stake(a, sources), source));
        }
        if (lines.isEmpty()) {
            return new Brief.Asks("brief.asks.none", List.of());
        }
        return new Brief.Asks(null, List.copyOf(lines));
    }

    /**
     * Who took a position: as recorded, else the ask's side by name. A position read from a press release before the
     * reader named who took it has no one: the side that asks is the one stating it.
     */
    private String who(Asks.Ask a, Asks.Position p) {
        return p.who() != null ? p.who() : countries.byCode(a.side()).map(Country::name).orElse(a.side().value());
    }

    private Brief.Stake stake(Asks.Ask a, Sources sources) {
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
            sources.synthetic |= b.stakes().provenance().synthetic();
        }
        if (b.stakes() instanceof MarketEconomyStakes m) {
            // the imports are those of the orders whose numbers the statistics can count, and may be one order's
            MarketEconomyStakes.Counted c = m.counted();
            YearFigure last = c == null ? null : c.year();
            return new Brief.Stake(Brief.Stake.Kind.ORDERS, m.orders().size(), last == null ? null : last.valueUsd(),
                    last == null ? null : last.year(), null, c == null || c.leading().isEmpty() ? null : String.join(", ", c.leading()),
                    null, c == null ? null : c.counted().size(), c == null ? null : c.leadingUsd(), null);
        }
        if (b.stakes() instanceof ExportControlStakes x) {
            YearFigure last = x.total().isEmpty() ? null : x.total().get(x.total().size() - 1);
            return new Brief.Stake(Brief.Stake.Kind.EXPORT_CONTROLS, x.groups().size(), last == null ? null : last.valueUsd(),
                    last == null ? null : last.year(), null, String.join(", ", x.groups().stream().map(ExportControlStakes.Group::group).toList()),
                    null);
        }
        if (b.stakes() instanceof TariffStakes t) {
            TariffStakes.DutyYear last = t.duties().isEmpty() ? null : t.duties().get(t.duties().size() - 1);
            return new Brief.Stake(Brief.Stake.Kind.TARIFF, null, last == null ? null : last.dutiesUsd(), last == null ? null : last.year(),
                    t.rateToday(), null, null);
        }
        if (b.topic() != org.bilateral.policy.PolicyTopic.TRADE_FRAUD) {
            return null;
        }
        return premiums.latest(b.partner(), a.latest().map(Asks.Position::saidOn).orElse(LocalDate.now(clock)))
                .map(t -> new Brief.Stake(Brief.Stake.Kind.TRANSSHIPMENT, null, null, t.from().getYear(), t.transshippedPercent(),
                        t.instrument(), null, null, null, t.until()))
                .orElse(null);
    }

    /** The screen of the pair's hub: goods of China through the first country to the second, where neither is China. */
    private Brief.Risks risks(BriefRequest r, Sources sources) {
        CountryCode china = CountryCode.of("CN");
        if (r.a().equals(china) || r.b().equals(china)) {
            return new Brief.Risks("brief.risks.china", null, 0, List.of(), null, null, List.of());
        }
        Triangle t = new Triangle(china, r.a(), r.b());
        Optional<Integer> latest = screens.latestYear(t);
        if (latest.isEmpty()) {
            return new Brief.Risks("brief.risks.none", t.toString(), 0, List.of(), null, null, List.of());
        }
        int to = latest.get();
        int from = Math.max(to - 7, org.bilateral.shared.Period.FIRST_YEAR);
        Screen s;
        try {
            s = screens.screen(new ScreenRequest(t, from, to, HsLevel.SUBHEADING, TOP, null));
        } catch (InvalidInput e) {
            return new Brief.Risks("brief.risks.none", t.toString(), 0, List.of(), null, null, List.of(e.getMessage()));
        }
        s.provenance().sources().forEach(line -> sources.of("statistics " + line, Brief.Source.Kind.STATISTICS, line, "",
                s.provenance().synthetic()));
        sources.synthetic |= s.provenance().synthetic();
        return new Brief.Risks(null, t.toString(), s.screened(), s.candidates().stream().map(c -> new Brief.RiskLine(c.rank(), c.code(),
                c.label(), c.score(), c.tradeCarriedUsd(), c.tradeYear(), c.dutyAtStakeUsd())).toList(),
                s.bound().share(), s.bound().year(), s.missing(), s.premium() == null ? null : s.premium().until());
    }

    private static BigDecimal zero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    /** What the record holds of the pair now: each deal with its stage and value, each ask with its positions. */
    private Brief.Held held(BriefRequest r) {
        List<Brief.HeldDeal> deals = commitments.deals().stream().filter(d -> pairOf(d, r))
                .sorted(Comparator.comparingLong(d -> d.id().value()))
                .map(d -> new Brief.HeldDeal(d.id().value(), d.label(), d.stage().name(), d.counted(), d.valueLowUsd(), d.valueHighUsd())).toList();
        List<Brief.HeldAsk> held = new ArrayList<>();
        for (Asks.Ask a : asks.list(null, null)) {
            if (Set2.of(a.side(), a.addressee()).equals(Set2.of(r.a(), r.b()))) {
                held.add(new Brief.HeldAsk(a.id(), a.status().name(), a.positions().stream()
                        .map(p -> new Brief.HeldPosition(p.saidOn(), p.whereSaid(), who(a, p))).toList()));
            }
        }
        held.sort(Comparator.comparingLong(Brief.HeldAsk::number));
        return new Brief.Held(deals, List.copyOf(held));
    }

    /**
     * What differs from the pair's previous brief: new engagements, the headline balance, and, against what the previous
     * brief held, deals newly counted with their total, deals whose stage or value changed, asks' status and new
     * positions, merges decided since it was made, and the statistics' latest month then and now. A previous brief kept
     * before briefs kept what they held is compared by what it showed: its deals that moved and its asks.
     */
    private Brief withChanges(Brief now, long previousId, Brief previous) {
        List<Long> newEngagements = new ArrayList<>();
        if (now.engagements() != null) {
            Set<Long> before = new HashSet<>();
            if (previous.engagements() != null) {
                previous.engagements().lines().forEach(l -> before.add(l.id()));
            }
            now.engagements().lines().stream().map(Brief.EngagementLine::id).filter(id -> !before.contains(id)).forEach(newEngagements::add);
        }
        BigDecimal before = headline(previous);
        BigDecimal after = headline(now);
        Brief.Changes changes = previous.held() == null
                ? new Brief.Changes(previousId, previous.request().forDate(), previous.preparedAt(), List.copyOf(newEngagements),
                        shownDeals(now, previous), shownAsks(now, previous), before, after, null, List.of(), null, null, List.of(),
                        List.of(), previous.dataAsOf(), now.dataAsOf(), List.of())
                : compared(now, previousId, previous, List.copyOf(newEngagements), before, after);
        return new Brief(now.request(), now.preparedAt(), now.dataAsOf(), now.synthetic(), now.balance(), now.commitments(),
                now.engagements(), now.asks(), now.risks(), changes, now.sources(), now.held());
    }

    private Brief.Changes compared(Brief now, long previousId, Brief previous, List<Long> newEngagements, BigDecimal before,
                                   BigDecimal after) {
        Map<Long, Brief.HeldDeal> then = new LinkedHashMap<>();
        previous.held().deals().forEach(d -> then.put(d.id(), d));
        List<Brief.NewDeal> counted = new ArrayList<>();
        List<Brief.DealChange> deals = new ArrayList<>();
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        for (Brief.HeldDeal d : now.held().deals()) {
            Brief.HeldDeal was = then.get(d.id());
            if (d.counted() && (was == null || !was.counted())) {
                counted.add(new Brief.NewDeal(d.id(), d.label(), d.stage(), d.lowUsd(), d.highUsd()));
                low = low.add(zero(d.lowUsd()));
                high = high.add(zero(d.highUsd()));
            }
            Brief.DealChange change = new Brief.DealChange(d.id(), d.label(), was == null ? null : was.stage(), d.stage(),
                    was == null ? null : was.lowUsd(), was == null ? null : was.highUsd(), d.lowUsd(), d.highUsd());
            // a deal new and counted is said among those newly counted; one new and not counted (an aggregate, or one
            // already cancelled) is said here as new
            boolean newUncounted = was == null && !d.counted();
            if (newUncounted || was != null && (change.stageChanged() || change.valueChanged())) {
                deals.add(change);
            }
        }
        Set<Long> countedNow = new HashSet<>();
        now.held().deals().stream().filter(Brief.HeldDeal::counted).forEach(d -> countedNow.add(d.id()));
        List<Brief.NewDeal> uncounted = previous.held().deals().stream().filter(d -> d.counted() && !countedNow.contains(d.id()))
                .map(d -> new Brief.NewDeal(d.id(), d.label(), d.stage(), d.lowUsd(), d.highUsd())).toList();
        Map<Long, Brief.HeldAsk> asksThen = new LinkedHashMap<>();
        previous.held().asks().forEach(a -> asksThen.put(a.number(), a));
        List<Brief.AskChange> askChanges = new ArrayList<>();
        List<Brief.NewPosition> positions = new ArrayList<>();
        for (Brief.HeldAsk a : now.held().asks()) {
            Brief.HeldAsk was = asksThen.get(a.number());
            if (was == null || !a.status().equals(was.status())) {
                askChanges.add(new Brief.AskChange(a.number(), was == null ? null : was.status(), a.status()));
            }
            Set<String> known = new HashSet<>();
            if (was != null) {
                was.positions().forEach(p -> known.add(p.saidOn() + "|" + p.where()));
            }
            a.positions().stream().filter(p -> !known.contains(p.saidOn() + "|" + p.where()))
                    .forEach(p -> positions.add(new Brief.NewPosition(a.number(), p.saidOn(), p.who(), p.where())));
        }
        positions.sort(Comparator.comparing(Brief.NewPosition::saidOn).thenComparingLong(Brief.NewPosition::ask));
        return new Brief.Changes(previousId, previous.request().forDate(), previous.preparedAt(), newEngagements, List.copyOf(deals),
                List.copyOf(askChanges), before, after, true, List.copyOf(counted), low, high,
                mergesOfPair(now, previous), List.copyOf(positions), previous.dataAsOf(), now.dataAsOf(), uncounted);
    }

    /**
     * The merges decided since the previous brief was made that concern the pair: of its deals (then or now), of its
     * engagements, and of people and organisations of either side.
     */
    private List<Brief.Merge> mergesOfPair(Brief now, Brief previous) {
        // a deal is named by its line as the briefs held it: a merged deal is gone from the register
        Map<Long, String> pairDeals = new HashMap<>();
        previous.held().deals().forEach(d -> pairDeals.put(d.id(), d.label()));
        now.held().deals().forEach(d -> pairDeals.put(d.id(), d.label()));
        CountryCode a = now.request().a();
        CountryCode b = now.request().b();
        Set<String> sides = Set.of(a.value(), b.value());
        Map<Long, Engagements.Engagement> byId = null;
        List<Brief.Merge> out = new ArrayList<>();
        for (MergeProposals.Decided m : merges.decidedAfter(previous.preparedAt())) {
            boolean ours;
            if (m.subject() == MergeSubject.DEAL) {
                ours = pairDeals.containsKey(m.keptId()) || pairDeals.containsKey(m.mergedId());
            } else if (m.subject() == MergeSubject.ENGAGEMENT) {
                if (byId == null) {
                    byId = new HashMap<>();
                    for (Engagements.Engagement e : engagements.timeline(null, null)) {
                        byId.put(e.id(), e);
                    }
                }
                Engagements.Engagement kept = byId.get(m.keptId());
                ours = kept != null && ofPair(kept, a, b, byId);
            } else if (m.subject() == MergeSubject.PERSON) {
                ours = directory.person(m.keptId()).map(p -> sides.contains(p.country())).orElse(false);
            } else {
                ours = directory.organisation(m.keptId()).map(o -> sides.contains(o.country())).orElse(false);
            }
            if (ours) {
                boolean deal = m.subject() == MergeSubject.DEAL;
                out.add(new Brief.Merge(m.subject().code(), deal ? pairDeals.getOrDefault(m.mergedId(), m.merged()) : m.merged(),
                        deal ? pairDeals.getOrDefault(m.keptId(), m.kept()) : m.kept(),
                        m.status() == MergeStatus.CONFIRMED, m.decidedAt()));
            }
        }
        return List.copyOf(out);
    }

    /** Deals whose stage differs from the one the previous brief showed them at, among those that moved. */
    private static List<Brief.DealChange> shownDeals(Brief now, Brief previous) {
        List<Brief.DealChange> deals = new ArrayList<>();
        if (now.commitments() != null && previous.commitments() != null) {
            Map<Long, String> stages = new LinkedHashMap<>();
            previous.commitments().moved().forEach(d -> stages.put(d.id(), d.stage()));
            for (Brief.DealLine d : now.commitments().moved()) {
                String before = stages.get(d.id());
                if (!d.stage().equals(before)) {
                    deals.add(new Brief.DealChange(d.id(), DealId.written(d.id()) + " " + d.buyer() + " – " + d.seller() + ": " + d.goods(), before,
                            d.stage(), null, null, null, null));
                }
            }
        }
        return List.copyOf(deals);
    }

    private static List<Brief.AskChange> shownAsks(Brief now, Brief previous) {
        List<Brief.AskChange> askChanges = new ArrayList<>();
        if (now.asks() != null && previous.asks() != null) {
            Map<Long, String> status = new LinkedHashMap<>();
            previous.asks().lines().forEach(a -> status.put(a.number(), a.status()));
            for (Brief.AskLine a : now.asks().lines()) {
                String before = status.get(a.number());
                if (!a.status().equals(before)) {
                    askChanges.add(new Brief.AskChange(a.number(), before, a.status()));
                }
            }
        }
        return List.copyOf(askChanges);
    }

    /** The first side's balance in the latest year: the headline a negotiator quotes. */
    private static BigDecimal headline(Brief b) {
        return b.balance() == null || b.balance().sides().isEmpty() ? null : b.balance().sides().get(0).balance();
    }
}
