package org.bilateral.briefs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.bilateral.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * A brief as composed: what it is for, when it was prepared and from data as of when, its sections (null where not
 * chosen; a section chosen without data says so through {@code missing}, a message code), what changed since the
 * pair's previous brief, and its sources, numbered: every figure and statement names the number of its source.
 * Kept whole as it was made, so that it reopens exactly.
 *
 * @param dataAsOf the latest month the pair's statistics hold, either side; null without statistics
 */
public record Brief(BriefRequest request, Instant preparedAt, @Nullable YearMonth dataAsOf, boolean synthetic, @Nullable Balance balance,
                    @Nullable Commitments commitments, @Nullable Engagements engagements, @Nullable Asks asks, @Nullable Risks risks,
                    @Nullable Changes changes, List<Source> sources, @Nullable Held held, @Nullable Hill hill, @Nullable Offers offers) {

    /** A brief without the offers: one kept before briefs had that section, or composed without it. */
    public Brief(BriefRequest request, Instant preparedAt, @Nullable YearMonth dataAsOf, boolean synthetic, @Nullable Balance balance,
                 @Nullable Commitments commitments, @Nullable Engagements engagements, @Nullable Asks asks, @Nullable Risks risks,
                 @Nullable Changes changes, List<Source> sources, @Nullable Held held, @Nullable Hill hill) {
        this(request, preparedAt, dataAsOf, synthetic, balance, commitments, engagements, asks, risks, changes, sources, held, hill, null);
    }

    /** A brief without the Hill: one kept before briefs had that section, or composed without it. */
    public Brief(BriefRequest request, Instant preparedAt, @Nullable YearMonth dataAsOf, boolean synthetic, @Nullable Balance balance,
                 @Nullable Commitments commitments, @Nullable Engagements engagements, @Nullable Asks asks, @Nullable Risks risks,
                 @Nullable Changes changes, List<Source> sources, @Nullable Held held) {
        this(request, preparedAt, dataAsOf, synthetic, balance, commitments, engagements, asks, risks, changes, sources, held, null);
    }

    /** A brief composed without a record of what it was made from: one kept before briefs kept it. */
    public Brief(BriefRequest request, Instant preparedAt, @Nullable YearMonth dataAsOf, boolean synthetic, @Nullable Balance balance,
                 @Nullable Commitments commitments, @Nullable Engagements engagements, @Nullable Asks asks, @Nullable Risks risks,
                 @Nullable Changes changes, List<Source> sources) {
        this(request, preparedAt, dataAsOf, synthetic, balance, commitments, engagements, asks, risks, changes, sources, null, null);
    }

    /**
     * What the record held of the pair when the brief was made, whatever sections were chosen: the next brief of the pair
     * compares with it to say every change. Null in a brief kept before briefs kept it.
     *
     * @param deals each deal of the pair, counted or not, with its stage and value
     * @param asks  each ask between the pair with its status and the positions taken on it
     */
    public record Held(List<HeldDeal> deals, List<HeldAsk> asks) {
    }

    /** @param counted whether the register's totals added it then */
    public record HeldDeal(long id, String label, String stage, boolean counted, @Nullable BigDecimal lowUsd, @Nullable BigDecimal highUsd) {
    }

    public record HeldAsk(long number, String status, List<HeldPosition> positions) {
    }

    /** A position as the record tells it apart from the ask's others: its day and where it was said. */
    public record HeldPosition(@Nullable LocalDate saidOn, @Nullable String where, @Nullable String who) {
    }

    /** A numbered source: a dataset (one import of statistics or a file), or a press release. */
    public record Source(int number, Kind kind, String label, String detail, boolean synthetic) {

        public enum Kind { STATISTICS, REGISTER, PRESS_RELEASE, MEASURES }
    }

    /**
     * The balance by each side's statistics for the latest year they hold whole, the year to date, the mirror gap
     * explained, the top products and the movers, and the months for the chart.
     *
     * @param missing a message code when there are no statistics of the pair, else null
     */
    public record Balance(@Nullable String missing, @Nullable Integer year, List<Side> sides, List<Side> yearToDate, @Nullable Mirror mirror,
                          @Nullable CountryCode productsReporter, List<ProductLine> top, List<ProductLine> movers, List<Month> months) {
    }

    /**
     * One reporter's view: its exports to the partner, imports from it, the balance, and a year earlier.
     *
     * @param period "2024", or "2025 Jan–Sep" for a year to date
     * @param source the number of the source the figures come from
     */
    public record Side(CountryCode reporter, CountryCode partner, String period, int months, @Nullable BigDecimal exports,
                       @Nullable BigDecimal imports, @Nullable BigDecimal balance, @Nullable BigDecimal exportsYearEarlier,
                       @Nullable BigDecimal importsYearEarlier, @Nullable BigDecimal balanceYearEarlier,
                       int source) {
    }

    /** One direction's mirror: what the exporter records, what the importer records, and the gap's parts. */
    public record MirrorLine(CountryCode exporter, CountryCode importer, @Nullable BigDecimal exporterReports,
                             @Nullable BigDecimal importerReports, @Nullable BigDecimal gap, @Nullable BigDecimal timing,
                             @Nullable BigDecimal cifFobMargin, @Nullable BigDecimal residual) {
    }

    public record Mirror(int year, List<MirrorLine> directions, List<Integer> sources) {
    }

    /** A product among the reporter's largest or fastest-moving in trade with the partner. */
    public record ProductLine(String code, @Nullable String label, @Nullable BigDecimal exports, @Nullable BigDecimal imports,
                              @Nullable BigDecimal tradeChange) {
    }

    /** A month of the chart: the reporter's exports to and imports from the partner. */
    public record Month(YearMonth month, @Nullable BigDecimal exports, @Nullable BigDecimal imports) {
    }

    /**
     * Deals by stage with their value, those that moved since the brief's start date, each target's attainment, and the
     * projection of the gap with the committed deliveries.
     */
    public record Commitments(@Nullable String missing, int counted, @Nullable BigDecimal lowUsd, @Nullable BigDecimal highUsd,
                              List<Stage> stages, List<DealLine> moved, List<Target> targets, @Nullable Projection projection, int source) {
    }

    public record Stage(String stage, int deals, BigDecimal lowUsd, BigDecimal highUsd) {
    }

    public record DealLine(long id, @Nullable String buyer, @Nullable String seller, @Nullable String goods, String stage, LocalDate happened,
                           @Nullable BigDecimal lowUsd, @Nullable BigDecimal highUsd) {
    }

    /** A target's attainment by each statistics side in the latest year measured. */
    public record Target(String code, String name, List<Attained> sides) {
    }

    public record Attained(String side, int year, int months, @Nullable BigDecimal targetUsd, @Nullable BigDecimal actualUsd,
                           @Nullable BigDecimal attainment, int source) {
    }

    public record Projection(@Nullable YearMonth after, @Nullable Integer baseYear, @Nullable BigDecimal gapUsd, List<ProjectedYear> years,
                             @Nullable BigDecimal expectedUsd, @Nullable BigDecimal shareOfGap, int unscheduled) {
    }

    public record ProjectedYear(int year, @Nullable BigDecimal expectedUsd, @Nullable BigDecimal gapWithoutDealsUsd,
                                @Nullable BigDecimal gapWithDealsUsd) {
    }

    /**
     * Engagements of the pair between the brief's start date and its date, and who is who on the other side.
     *
     * @param round the engagement that is the round the brief is for (the pair's negotiation round on its date), or null
     */
    public record Engagements(@Nullable String missing, LocalDate from, LocalDate to, List<EngagementLine> lines, List<Person> otherSide,
                              int undated, @Nullable Long round) {
    }

    /** @param line the report's own sentence of it */
    public record EngagementLine(long id, LocalDate day, String kind, @Nullable String place, List<String> participants, String line,
                                 int source) {
    }

    public record Person(String name, @Nullable String title, CountryCode country) {
    }

    /** The asks on both sides, with their latest position and what is at stake. */
    public record Asks(@Nullable String missing, List<AskLine> lines) {
    }

    /** @param source the number of the latest position's source, or 0 when the ask has none */
    public record AskLine(long number, CountryCode side, CountryCode addressee, String topic, String statement, String status,
                          @Nullable LocalDate latestOn, @Nullable String latestWho, @Nullable String latestWhere, @Nullable Stake stake,
                          int source, @Nullable String statementVi) {

        /** An ask without a Vietnamese statement, as briefs kept before asks had one hold it. */
        public AskLine(long number, CountryCode side, CountryCode addressee, String topic, String statement, String status,
                       @Nullable LocalDate latestOn, @Nullable String latestWho, @Nullable String latestWhere, @Nullable Stake stake,
                       int source) {
            this(number, side, addressee, topic, statement, status, latestOn, latestWho, latestWhere, stake, source, null);
        }
    }

    /**
     * What an ask is worth, by its topic's measure: anti-dumping orders and the imports they cover; export-control groups
     * and the dual-use exports; the tariff in force and its duties; the rate on goods found transshipped.
     *
     * @param count   orders, or groups
     * @param text    the groups, the rate's instrument, or the orders (by case) that make most of the orders' imports
     * @param counted the orders whose numbers the statistics can count: the imports are theirs
     * @param partUsd the imports in the numbers of the orders of {@code text}, each number once
     * @param until   the day the rate stopped being charged, null while it is
     */
    public record Stake(Kind kind, @Nullable Integer count, @Nullable BigDecimal valueUsd, @Nullable Integer year,
                        @Nullable BigDecimal ratePercent, @Nullable String text, @Nullable String unavailable, @Nullable Integer counted,
                        @Nullable BigDecimal partUsd, @Nullable LocalDate until) {

        public Stake(Kind kind, @Nullable Integer count, @Nullable BigDecimal valueUsd, @Nullable Integer year, @Nullable BigDecimal ratePercent,
                     @Nullable String text, @Nullable String unavailable) {
            this(kind, count, valueUsd, year, ratePercent, text, unavailable, null, null, null);
        }

        public enum Kind { ORDERS, EXPORT_CONTROLS, TARIFF, TRANSSHIPMENT, UNAVAILABLE }
    }

    /**
     * The products most exposed to a finding of transshipment through the pair's hub, from the screen.
     *
     * @param dutyUntil the day the rate the added duties are priced at stopped being charged, null while it is
     * @param world     where the pair's hub stands among every hub of the world screen's latest run of China to the
     *                  partner (issue 35); null without such a run
     */
    public record Risks(@Nullable String missing, @Nullable String triangle, int screened, List<RiskLine> lines, @Nullable Double boundShare,
                        @Nullable Integer boundYear, List<String> missingFlows, @Nullable LocalDate dutyUntil,
                        org.bilateral.world.@Nullable Standing world) {

        public Risks(@Nullable String missing, @Nullable String triangle, int screened, List<RiskLine> lines, @Nullable Double boundShare,
                     @Nullable Integer boundYear, List<String> missingFlows) {
            this(missing, triangle, screened, lines, boundShare, boundYear, missingFlows, null, null);
        }

        public Risks(@Nullable String missing, @Nullable String triangle, int screened, List<RiskLine> lines, @Nullable Double boundShare,
                     @Nullable Integer boundYear, List<String> missingFlows, @Nullable LocalDate dutyUntil) {
            this(missing, triangle, screened, lines, boundShare, boundYear, missingFlows, dutyUntil, null);
        }

        /** The same, with where the pair's hub stands among every hub the world screen's latest run of the route screened. */
        Risks withWorld(org.bilateral.world.@Nullable Standing standing) {
            return new Risks(missing, triangle, screened, lines, boundShare, boundYear, missingFlows, dutyUntil, standing);
        }
    }

    public record RiskLine(int rank, String code, @Nullable String label, double score, @Nullable BigDecimal tradeUsd,
                           @Nullable Integer tradeYear, @Nullable BigDecimal dutyAtStakeUsd) {
    }

    /**
     * What moved since the pair's previous brief: its number and date, and what is new or different now. The lists after
     * {@code balance} are empty, and {@code compared} null, when the previous brief was kept before briefs kept what they
     * were made from: only what it showed is compared then.
     *
     * @param counted       deals the register's totals add now and did not then, each with its value
     * @param countedLowUsd the sum of their values, low end (a deal without a value adds nothing and is said as such)
     * @param merges        merges of the pair's records decided since the previous brief was made
     * @param positions     positions taken on the pair's asks that the previous brief did not hold
     * @param uncounted     deals the totals added then and do not now (ended, counted within another while a merge is
     *                      proposed, or merged into another), each with its value then
     * @param previousMonth the latest month the pair's statistics held then; {@code month} now
     */
    public record Changes(long previousBrief, LocalDate previousFor, Instant previousPreparedAt, List<Long> newEngagements,
                          List<DealChange> deals, List<AskChange> asks, @Nullable BigDecimal previousBalance, @Nullable BigDecimal balance,
                          @Nullable Boolean compared, List<NewDeal> counted, @Nullable BigDecimal countedLowUsd,
                          @Nullable BigDecimal countedHighUsd, List<Merge> merges, List<NewPosition> positions,
                          @Nullable YearMonth previousMonth, @Nullable YearMonth month, List<NewDeal> uncounted) {

        public Changes {
            counted = counted == null ? List.of() : counted;
            uncounted = uncounted == null ? List.of() : uncounted;
            merges = merges == null ? List.of() : merges;
            positions = positions == null ? List.of() : positions;
        }

        /** Whether anything at all differs from the previous brief. */
        public boolean none() {
            return newEngagements.isEmpty() && deals.isEmpty() && asks.isEmpty() && counted.isEmpty() && uncounted.isEmpty() && merges.isEmpty()
                    && positions.isEmpty() && Objects.equals(previousMonth, month);
        }
    }

    /**
     * A deal whose stage or value differs from the previous brief's; a value's ends are null where not reported.
     *
     * @param from the stage then, null for a deal the previous brief did not hold
     */
    public record DealChange(long id, String deal, @Nullable String from, String to, @Nullable BigDecimal fromLowUsd,
                             @Nullable BigDecimal fromHighUsd, @Nullable BigDecimal lowUsd, @Nullable BigDecimal highUsd) {

        public boolean stageChanged() {
            return !Objects.equals(from, to);
        }

        public boolean valueChanged() {
            return !same(fromLowUsd, lowUsd) || !same(fromHighUsd, highUsd);
        }

        private static boolean same(@Nullable BigDecimal a, @Nullable BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }
    }

    /** A deal newly counted: its line, stage and value. */
    public record NewDeal(long id, String deal, String stage, @Nullable BigDecimal lowUsd, @Nullable BigDecimal highUsd) {
    }

    /**
     * A merge a person decided: of which record into which, and whether it was confirmed or rejected.
     *
     * @param subject person, organisation, engagement or deal
     */
    public record Merge(String subject, String merged, String kept, boolean confirmed, Instant decidedAt) {
    }

    /** A position newly on record: on which ask, when, who took it and where. */
    public record NewPosition(long ask, @Nullable LocalDate saidOn, @Nullable String who, @Nullable String where) {
    }

    public record AskChange(long number, @Nullable String from, String to) {
    }

    /**
     * The Hill: each member of the other side's Congress who took part in an engagement of the pair dated from the brief's
     * start date (met since the last brief) or after its date (expected, as at the round), with what their state sells the
     * partner and the deals that buy from it.
     *
     * @param missing a message code when the section has nothing to say (no legislator, or the pair has no US side)
     * @param partner the side whose purchases the states' exports are to
     */
    public record Hill(@Nullable String missing, LocalDate from, LocalDate to, @Nullable CountryCode partner, List<Legislator> legislators,
                       List<String> undated) {

        /**
         * @param undated the members met in an engagement of the pair reported without a year, and in none dated since:
         *                not placed before or after the last brief, so named in a line without their paragraph
         */
        public Hill {
            undated = undated == null ? List.of() : List.copyOf(undated);
        }

        public Hill(@Nullable String missing, LocalDate from, LocalDate to, @Nullable CountryCode partner, List<Legislator> legislators) {
            this(missing, from, to, partner, legislators, List.of());
        }
    }

    /**
     * A legislator's paragraph: who they are, their trade-relevant seats, when they were met or are expected, and their
     * state's figures and deals.
     *
     * @param chamber   SENATE or HOUSE
     * @param state     the USPS code of the state they represent
     * @param committees the trade-relevant seats, in the register's order
     * @param meetings  the engagements of the pair they took part in, in order of day
     * @param source    the number of the source of their committees
     */
    public record Legislator(String id, String name, String chamber, String state, String stateName, @Nullable Integer district,
                             String party, List<Committee> committees, List<Meeting> meetings, @Nullable StateFigures figures,
                             List<StateDeal> deals, int dealSource, int source) {

        public boolean met() {
            return meetings.stream().anyMatch(m -> !m.expected());
        }

        public boolean expected() {
            return meetings.stream().anyMatch(Meeting::expected);
        }
    }

    /**
     * A seat on a trade-relevant committee or subcommittee, named as the register names it.
     *
     * @param title the seat's title where it has one (Chairman, Ranking Member), else null
     */
    public record Committee(String id, String name, @Nullable String parentId, @Nullable String parentName, @Nullable String title) {
    }

    /** @param expected whether it is dated after the brief's date: a meeting to come, not one held */
    public record Meeting(long engagement, LocalDate day, boolean expected, int source) {
    }

    /**
     * What a state sells the partner: its latest whole year against the year before, like for like (null where the year
     * before is not held whole), the current year's months held against the same months of the year before, and its top
     * products in the latest whole year (else in the months held) with their share of the state's exports.
     *
     * @param year         the latest whole year, null where none is held
     * @param partialYear  the current year where only some months are held, else null
     * @param partialLastMonth the last month held of it (1–12), the months held running up to it
     * @param productsYear the year the top products are of
     * @param synthetic    whether the state figures are demonstration data
     */
    public record StateFigures(@Nullable Integer year, @Nullable BigDecimal valueUsd, @Nullable BigDecimal previousUsd,
                               @Nullable Integer partialYear, int partialMonths, int partialLastMonth, @Nullable BigDecimal partialUsd,
                               @Nullable BigDecimal partialPreviousUsd, @Nullable Integer productsYear, List<StateProduct> top,
                               boolean synthetic, int source) {
    }

    /** A product among the state's largest exports to the partner, with its share of the state's exports that year. */
    public record StateProduct(String code, @Nullable String label, BigDecimal valueUsd, @Nullable BigDecimal share) {
    }

    /**
     * A deal of the pair that buys from the state.
     *
     * @param basis PLANT (the goods name the plant's state) or SELLER (the seller's state)
     */
    public record StateDeal(long id, String label, String stage, @Nullable BigDecimal lowUsd, @Nullable BigDecimal highUsd, String basis) {
    }

    /**
     * What Vietnam can offer: the offers the brief names (every saved offer, up to {@code OffersSection.MOST}, when it names
     * none), each priced on one year's statistics at its final phase year's rates: the revenue forgone, the US exports it
     * adds (created and diverted, as Vietnam records them and as the US would), its share of the deficit the US measures,
     * beside what the purchase deals close of the projected gap; and the top of the preference gap that year.
     *
     * @param missing        a message code when the section has nothing to say (no statistics, no schedule), else null
     * @param noOffer        whether no offer is saved or named: the gap is still given
     * @param year           the statistics year priced, and its months held
     * @param deficitUsd     the deficit the US measures that year (US imports from Vietnam − exports to it), null where not held
     * @param dealsGapUsd    the projected gap of the purchase targets, and what the deals are expected to close of it
     * @param scheduleFrom   the day the schedule priced against came into force
     * @param gap            the products with the largest duty disadvantage of US goods
     * @param source         the number of the source of Vietnam's statistics; {@code scheduleSource} the schedule's;
     *                       {@code offersSource} the offers register's (0 when no offer)
     * @param synthetic      whether the figures derive from demonstration statistics
     */
    public record Offers(@Nullable String missing, boolean noOffer, @Nullable Integer year, int months, List<OfferLine> offers,
                         @Nullable BigDecimal deficitUsd, @Nullable BigDecimal dealsGapUsd, @Nullable BigDecimal dealsExpectedUsd,
                         @Nullable BigDecimal dealsShareOfGap, @Nullable LocalDate scheduleFrom, List<GapProduct> gap,
                         @Nullable BigDecimal gapImportsUsd, @Nullable BigDecimal gapDutyUsd, int source, int scheduleSource,
                         int offersSource, boolean synthetic) {

        public Offers {
            offers = offers == null ? List.of() : List.copyOf(offers);
            gap = gap == null ? List.of() : List.copyOf(gap);
        }
    }

    /**
     * An offer priced at its final phase year: revenue forgone (and its range over the lines' cuts), trade created and
     * diverted, the US exports added as Vietnam records them (CIF) and as the US would (÷ the CIF/FOB factor), their share
     * of the US-measured deficit, and of the gap the deals' projection holds flat (Vietnam's surplus with the US in its base year).
     */
    public record OfferLine(long id, String name, int finalYear, int linesCovered, BigDecimal revenueForgoneUsd, BigDecimal revenueLowUsd,
                            BigDecimal revenueHighUsd, BigDecimal createdUsd, @Nullable BigDecimal divertedUsd, BigDecimal addedCifUsd,
                            BigDecimal addedUsValuedUsd, @Nullable BigDecimal ofUsMeasuredDeficit, @Nullable BigDecimal ofDealsGap) {
    }

    /** A product of the preference gap: what the US sells, the MFN rate against the best preference, the duty it pays above. */
    public record GapProduct(String code, @Nullable String label, BigDecimal importsUsd, BigDecimal mfnPercent, @Nullable BigDecimal bestPercent,
                             List<String> agreements, BigDecimal marginPoints, BigDecimal dutyUsd) {

        public GapProduct {
            agreements = List.copyOf(agreements);
        }
    }
}
