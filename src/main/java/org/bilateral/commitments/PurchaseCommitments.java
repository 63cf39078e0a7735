package org.bilateral.commitments;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bilateral.engagements.Directory;
import org.bilateral.engagements.MergeConfirmed;
import org.bilateral.engagements.MergeProposals;
import org.bilateral.engagements.MergeSubject;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Period;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deal register. A report of a deal the register knows (same buyer and seller, related goods, the same quantity,
 * or with no quantity the same value) becomes one more source of that deal and, if it says so, its next stage. A
 * report that may be the same deal but is not surely so (the seller unnamed, another quantity) becomes a new deal
 * with a merge proposal, and the totals count the two once until someone decides.
 */
@Service
public class PurchaseCommitments {

    /** What recording a report did. */
    public enum Outcome { NEW_DEAL, ANOTHER_REPORT, ALREADY_KNOWN }

    /** @param proposedMergeWith a deal this one may duplicate, proposed for a person to decide */
    public record Recorded(DealId deal, Outcome outcome, Long proposedMergeWith) {
    }

    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final MergeProposals merges;
    private final Directory directory;

    PurchaseCommitments(JdbcClient jdbc, MergeProposals merges, Directory directory, AuditTrail audit) {
        this.audit = audit;
        this.directory = directory;
        this.jdbc = jdbc;
        this.merges = merges;
    }

    @Transactional
    public Recorded record(ReportedDeal r) {
        if (r.source().externalId() != null) {
            Optional<Long> known = jdbc.sql("select deal_id from deal_report where external_id = :x").param("x", r.source().externalId())
                    .query(Long.class).optional();
            if (known.isPresent()) {
                return new Recorded(new DealId(resolve(known.get())), Outcome.ALREADY_KNOWN, null);
            }
        }
        Deal same = null;
        Long likely = null;
        String reason = null;
        if (!r.aggregate()) {
            List<Long> candidates = jdbc.sql("select id from deal where buyer_id = :b and not aggregate order by id")
                    .param("b", r.buyer().value()).query(Long.class).list();
            for (Deal d : load(candidates)) {
                Match m = Match.of(d, r);
                if (m == Match.SAME) {
                    same = d;
                    break;
                }
                if (likely == null && m != Match.OTHER) {
                    likely = d.id();
                    reason = m.reason(d, r);
                }
            }
        }
        long id;
        Outcome outcome;
        if (same != null) {
            id = same.id();
            outcome = Outcome.ANOTHER_REPORT;
            Long pressRelease = r.source().pressReleaseId();
            if (pressRelease != null && same.reports().stream().anyMatch(x -> pressRelease.equals(x.pressReleaseId()))) {
                return new Recorded(new DealId(id), Outcome.ALREADY_KNOWN, null);
            }
            // The instrument only ever moves to a more binding one: an MOU re-announced does not undo a purchase agreement.
            Instrument instrument = r.instrument().ordinal() > same.instrument().ordinal() ? r.instrument() : same.instrument();
            jdbc.sql("""
                            update deal set seller_id = coalesce(seller_id, :s), quantity = coalesce(quantity, :q), unit = coalesce(unit, :u),
                                   instrument = :i, first_reported = least(first_reported, :d) where id = :id""")
                    .param("s", r.seller() == null ? null : r.seller().value()).param("q", r.quantity()).param("u", r.unit())
                    .param("i", instrument.code()).param("d", r.reportedOn()).param("id", id)
                    .update();
            addItems(id, same.items(), r.items(), true);
        } else {
            id = jdbc.sql("""
                            insert into deal (buyer_id, seller_id, item, quantity, unit, instrument, first_reported, aggregate, note)
                            values (:b, :s, :item, :q, :u, :i, :d, :agg, :note) returning id""")
                    .param("b", r.buyer().value()).param("s", r.seller() == null ? null : r.seller().value()).param("item", r.description())
                    .param("q", r.quantity()).param("u", r.unit()).param("i", r.instrument().code()).param("d", r.reportedOn())
                    .param("agg", r.aggregate()).param("note", r.note()).query(Long.class).single();
            outcome = Outcome.NEW_DEAL;
            addItems(id, List.of(), r.items(), false);
            if (likely != null) {
                merges.propose(MergeSubject.DEAL, likely, id, reason);
            }
        }
        long report = addReport(id, r);
        recordStage(id, r.stage(), r.reportedOn(), report, null, null);
        refreshValue(id);
        if (r.deliveryWindow() != null) {
            spreadEvenly(id, r.deliveryWindow(), r.quantity());
        }
        Recorded recorded = new Recorded(new DealId(id), outcome, outcome == Outcome.NEW_DEAL ? likely : null);
        audit.record(outcome == Outcome.NEW_DEAL ? "deal recorded" : "deal report added", "deal D" + id, null, r);
        return recorded;
    }

    /**
     * A financing agreement (a bank lending a buyer the price) is no purchase: it is kept as one more source of the deal
     * it finances, the deal of the same buyer for the same quantity or value, and changes neither its value (a loan's
     * amount is not a price), its stage nor its instrument. Empty when no such deal is on record: it then makes no deal
     * of its own either.
     */
    @Transactional
    public Optional<DealId> recordFinancing(ReportedDeal r) {
        if (r.source().externalId() != null) {
            Optional<Long> known = jdbc.sql("select deal_id from deal_report where external_id = :x").param("x", r.source().externalId())
                    .query(Long.class).optional();
            if (known.isPresent()) {
                return Optional.of(new DealId(resolve(known.get())));
            }
        }
        List<Long> candidates = jdbc.sql("select id from deal where buyer_id = :b and not aggregate order by id")
                .param("b", r.buyer().value()).query(Long.class).list();
        for (Deal d : load(candidates)) {
            if (d.stage() != DealStage.CANCELLED && d.stage() != DealStage.LAPSED && Match.of(d, r) != Match.OTHER
                    && Match.of(d, r) != Match.OTHER_QUANTITY) {
                addReport(d.id(), new ReportedDeal(r.buyer(), r.seller(), r.items(), r.description(), r.quantity(), r.unit(), null,
                        r.instrument(), r.stage(), r.reportedOn(), null, false, r.source(), r.note()));
                audit.record("financing report added", "deal D" + d.id(), null, r);
                return Optional.of(d.dealId());
            }
        }
        return Optional.empty();
    }

    /** How a report relates to a deal of the same buyer. */
    private enum Match {
        SAME, SELLER_UNNAMED, OTHER_QUANTITY, OTHER;

        static Match of(Deal d, ReportedDeal r) {
            boolean bothSellers = d.sellerId() != null && r.seller() != null;
            if (bothSellers && d.sellerId() != r.seller().value() || !relatedGoods(d.hsCodes(), r.items())) {
                return OTHER;
            }
            boolean sameQuantity = r.quantity() != null && r.quantity().equals(d.quantity()) && sameUnit(d.unit(), r.unit());
            boolean sameValue = r.quantity() == null && d.quantity() == null && r.value() != null && d.valueLowUsd() != null
                    && overlaps(d.valueLowUsd(), d.valueHighUsd(), r.value().lowUsd(), r.value().highUsd());
            if (sameQuantity || sameValue) {
                return bothSellers ? SAME : SELLER_UNNAMED;
            }
            return bothSellers && sameUnit(d.unit(), r.unit()) ? OTHER_QUANTITY : OTHER;
        }

        String reason(Deal d, ReportedDeal r) {
            return switch (this) {
                case SELLER_UNNAMED -> "same buyer and " + (r.quantity() != null ? r.quantity() + " " + r.unit() : "value")
                        + "; one report does not name the seller";
                case OTHER_QUANTITY -> "same buyer and seller, " + d.quantity() + " against " + r.quantity() + " " + r.unit()
                        + ": a revision or a second deal?";
                default -> null;
            };
        }

        /** Goods are related when either side names no HS code or one code begins another (8802 and 880240). */
        private static boolean relatedGoods(List<String> codes, List<ReportedDeal.Item> items) {
            List<String> other = items.stream().filter(i -> i.hsCode() != null).map(i -> i.hsCode().digits()).toList();
            if (codes.isEmpty() || other.isEmpty()) {
                return true;
            }
            return codes.stream().anyMatch(a -> other.stream().anyMatch(b -> a.startsWith(b) || b.startsWith(a)));
        }

        private static boolean sameUnit(String a, String b) {
            return a == null || b == null || unitWord(a).equals(unitWord(b));
        }

        private static String unitWord(String unit) {
            String w = unit.strip().toLowerCase(Locale.ROOT).split("[\\s(]")[0];
            return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
        }

        /** Two values are the same deal's when they are within a tenth of each other, ranges when they overlap. */
        private static boolean overlaps(BigDecimal lo1, BigDecimal hi1, BigDecimal lo2, BigDecimal hi2) {
            BigDecimal slack = hi1.max(hi2).multiply(new BigDecimal("0.1"));
            return lo1.subtract(slack).compareTo(hi2) <= 0 && lo2.subtract(slack).compareTo(hi1) <= 0;
        }
    }

    private void addItems(long id, List<Deal.Item> existing, List<ReportedDeal.Item> items, boolean onlyNewGoods) {
        int position = existing.size();
        for (ReportedDeal.Item item : items) {
            String code = item.hsCode() == null ? null : item.hsCode().digits();
            boolean known = existing.stream().anyMatch(e -> code == null || e.hsCode() != null && (e.hsCode().startsWith(code) || code.startsWith(e.hsCode())));
            if (onlyNewGoods && known) {
                continue;
            }
            jdbc.sql("insert into deal_item (deal_id, position, description, hs_code) values (:d, :p, :desc, :hs)")
                    .param("d", id).param("p", position++).param("desc", item.description()).param("hs", code).update();
        }
    }

    private long addReport(long id, ReportedDeal r) {
        ReportedDeal.Source s = r.source();
        ReportedValue v = r.value();
        return jdbc.sql("""
                        insert into deal_report (deal_id, origin, press_release_id, source, url, file_line, external_id, reported_on,
                                                 status_text, quantity, unit, value_low_usd, value_high_usd, currency, amount_low,
                                                 amount_high, usd_rate, rate_date, evidence)
                        values (:d, :o, :p, :s, :url, :line, :x, :on, :st, :q, :u, :lo, :hi, :cur, :alo, :ahi, :rate, :rd, :e)
                        returning id""")
                .param("d", id).param("o", s.origin()).param("p", s.pressReleaseId()).param("s", s.name()).param("url", s.url())
                .param("line", s.line()).param("x", s.externalId()).param("on", r.reportedOn()).param("st", s.statusText())
                .param("q", r.quantity()).param("u", r.unit())
                .param("lo", v == null ? null : v.lowUsd()).param("hi", v == null ? null : v.highUsd())
                .param("cur", v == null ? null : v.currency().getCurrencyCode()).param("alo", v == null ? null : v.low())
                .param("ahi", v == null ? null : v.high()).param("rate", v == null ? null : v.usdRate())
                .param("rd", v == null ? null : v.rateDate()).param("e", s.evidence())
                .query(Long.class).single();
    }

    /** The deal's value is the latest report's that gives one: a purchase agreement's price supersedes an MOU's estimate. */
    private void refreshValue(long id) {
        jdbc.sql("""
                        update deal d set value_low_usd = r.value_low_usd, value_high_usd = r.value_high_usd,
                               value_usd = case when r.value_low_usd = r.value_high_usd then r.value_low_usd end,
                               currency = r.currency, amount_low = r.amount_low, amount_high = r.amount_high,
                               usd_rate = r.usd_rate, rate_date = r.rate_date
                        from (select * from deal_report where deal_id = :id and value_low_usd is not null
                              order by reported_on desc nulls last, id desc limit 1) r
                        where d.id = :id""")
                .param("id", id).update();
    }

    /**
     * Adds a stage to a deal's history. Each stage is kept once, at the earliest date it was reported; a later report
     * of a stage already reached adds a source, not a step.
     */
    @Transactional
    public void recordStage(long dealId, DealStage stage, LocalDate happened, Long reportId, String by, String note) {
        Limits.textProblem(note).ifPresent(p -> {
            throw new InvalidInput(new InputProblem("stage", null, "note", p));
        });
        if (happened != null && !Period.withinYears(happened.getYear())) {
            throw new InvalidInput(new InputProblem("stage", null, "happened", happened + " is not a date of the years " + Period.YEARS));
        }
        record Reached(DealStage stage, LocalDate on) {
        }
        List<Reached> history = jdbc.sql("select stage, happened from deal_stage where deal_id = :d").param("d", dealId)
                .query((rs, n) -> new Reached(DealStage.parse(rs.getString(1)), rs.getObject(2, LocalDate.class))).list();
        Optional<LocalDate> known = history.stream().filter(x -> x.stage() == stage && x.on() != null).map(Reached::on).min(LocalDate::compareTo);
        boolean exists = history.stream().anyMatch(x -> x.stage() == stage);
        // A re-announcement is not a step back: a step the deal had reached, or passed, by that date adds nothing.
        if (!exists && !stage.isTerminated() && happened != null && history.stream().anyMatch(x -> x.on() != null && !x.on().isAfter(happened)
                && !x.stage().isTerminated() && !stage.isAfter(x.stage()))) {
            return;
        }
        record StageChange(DealStage stage, LocalDate happened, Long reportId, String note) {
        }
        if (!exists) {
            jdbc.sql("insert into deal_stage (deal_id, stage, happened, report_id, recorded_by, note) values (:d, :s, :h, :r, :by, :n)")
                    .param("d", dealId).param("s", stage.code()).param("h", happened).param("r", reportId).param("by", by).param("n", note)
                    .update();
            audit.record(by, "deal stage recorded", "deal D" + dealId, history, new StageChange(stage, happened, reportId, note));
        } else if (happened != null && (known.isEmpty() || happened.isBefore(known.get()))) {
            jdbc.sql("update deal_stage set happened = :h, report_id = coalesce(:r, report_id) where deal_id = :d and stage = :s")
                    .param("h", happened).param("r", reportId).param("d", dealId).param("s", stage.code()).update();
            audit.record(by, "deal stage dated earlier", "deal D" + dealId, history, new StageChange(stage, happened, reportId, note));
        }
    }

    /** Replaces a deal's expected deliveries with a reported schedule. */
    @Transactional
    public void schedule(DealId deal, List<Deal.Delivery> deliveries) {
        requireDeal(deal.value());
        List<InputProblem> problems = new ArrayList<>();
        for (int i = 0; i < deliveries.size(); i++) {
            Deal.Delivery d = deliveries.get(i);
            int line = i + 1;
            String where = "delivery " + line;
            if (d.quantity() == null && d.valueUsd() == null) {
                problems.add(new InputProblem("schedule", where, null, "a delivery needs a quantity or a value"));
            }
            // A delivery brings something: a negative one would lower the projection, a zero one adds nothing to it.
            deliveryProblem(d.quantity(), Limits.quantityProblem(d.quantity()))
                    .ifPresent(p -> problems.add(new InputProblem("schedule", where, "quantity", p)));
            deliveryProblem(d.valueUsd(), Limits.moneyProblem(d.valueUsd()))
                    .ifPresent(p -> problems.add(new InputProblem("schedule", where, "value", p)));
            // Deliveries are stored by the month they begin in: two that overlap would count the same months twice, and
            // two that begin in the same month would leave one of them standing for both.
            for (int j = 0; j < i; j++) {
                Period earlier = deliveries.get(j).period();
                if (earlier != null && d.period() != null && !d.period().first().isAfter(earlier.last())
                        && !earlier.first().isAfter(d.period().last())) {
                    problems.add(new InputProblem("schedule", where, "period", d.period() + " overlaps delivery " + (j + 1) + " ("
                            + earlier + "): give each month once"));
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        jdbc.sql("delete from deal_delivery where deal_id = :d").param("d", deal.value()).update();
        for (Deal.Delivery d : deliveries) {
            insertDelivery(deal.value(), d.period(), d.quantity(), d.valueUsd(), "reported");
        }
        audit.record("delivery schedule reported", "deal D" + deal.value(), null, deliveries);
    }

    private static Optional<String> deliveryProblem(BigDecimal amount, Optional<String> problem) {
        return problem.isPresent() || amount == null || amount.signum() > 0 ? problem
                : Optional.of(Limits.shown(amount.toPlainString()) + " is not a delivery; a delivery is more than zero");
    }

    /** Without a reported schedule, a window and a value mean the value is expected evenly over the window's months. */
    private void spreadEvenly(long id, Period window, Long quantity) {
        boolean reported = jdbc.sql("select count(*) from deal_delivery where deal_id = :d and basis = 'reported'").param("d", id)
                .query(Long.class).single() > 0;
        if (reported) {
            return;
        }
        jdbc.sql("delete from deal_delivery where deal_id = :d").param("d", id).update();
        BigDecimal central = jdbc.sql("select (value_low_usd + value_high_usd) / 2 from deal where id = :d").param("d", id)
                .query(BigDecimal.class).optional().orElse(null);
        insertDelivery(id, window, quantity == null ? null : BigDecimal.valueOf(quantity), central, "even");
    }

    private void insertDelivery(long id, Period period, BigDecimal quantity, BigDecimal value, String basis) {
        jdbc.sql("""
                        insert into deal_delivery (deal_id, first_month, last_month, quantity, value_usd, basis) values (:d, :f, :l, :q, :v, :b)
                        on conflict (deal_id, first_month) do update set last_month = excluded.last_month, quantity = excluded.quantity,
                               value_usd = excluded.value_usd, basis = excluded.basis""")
                .param("d", id).param("f", period.first().atDay(1)).param("l", period.last().atDay(1)).param("q", quantity)
                .param("v", value).param("b", basis).update();
    }

    /** Goods of a deal already classified, as a guide to classifying goods named in the same words. */
    public record ClassifiedItem(long dealId, String description, String hsCode) {
    }

    /** Every deal's goods that have an HS code. */
    public List<ClassifiedItem> classifiedItems() {
        return jdbc.sql("select deal_id, description, hs_code from deal_item where hs_code is not null order by deal_id, position")
                .query((rs, n) -> new ClassifiedItem(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Gives one of a deal's goods (by its place among them, from 0) an HS code: one a person chose or confirmed. */
    @Transactional
    public void classify(DealId deal, int position, HsCode code) {
        requireDeal(deal.value());
        List<Deal.Item> before = items(List.of(deal.value())).getOrDefault(deal.value(), List.of());
        if (position < 0 || position >= before.size()) {
            throw new InvalidInput("deal D" + deal.value(), "has no goods number " + (position + 1));
        }
        jdbc.sql("""
                        update deal_item set hs_code = :hs where deal_id = :d
                        and position = (select position from deal_item where deal_id = :d order by position offset :i limit 1)""")
                .param("hs", code.digits()).param("d", deal.value()).param("i", position).update();
        audit.record("goods classified", "deal D" + deal.value(), before.get(position),
                new Deal.Item(before.get(position).description(), code.digits()));
    }

    /** Records that a deal was cited at an engagement the register holds. */
    @Transactional
    public void linkEngagement(DealId deal, long engagementId) {
        requireDeal(deal.value());
        audit.record("deal linked to an engagement", "deal D" + deal.value(), null, java.util.Map.of("engagement", engagementId));
        jdbc.sql("insert into deal_engagement (deal_id, engagement_id) values (:d, :e) on conflict do nothing")
                .param("d", deal.value()).param("e", engagementId).update();
    }

    // --- reading the register ------------------------------------------------------------------------------------

    public List<Deal> deals() {
        return load(jdbc.sql("select id from deal order by first_reported nulls last, id").query(Long.class).list());
    }

    /** The register's totals, each deal counted once. */
    public DealTotals totals() {
        return DealTotals.of(deals());
    }

    /** The deals in which any of these organisations is the buyer. */
    public List<Deal> dealsOfBuyers(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return load(jdbc.sql("select id from deal where buyer_id = any(:o) order by first_reported nulls last, id")
                .param("o", organisationIds.toArray(Long[]::new)).query(Long.class).list());
    }

    /** A deal by its number, or by the number of a deal merged into it. */
    public Optional<Deal> deal(long id) {
        return load(List.of(resolve(id))).stream().findFirst();
    }

    /** The number a deal has now: its own, or that of the deal it was merged into. */
    public long resolve(long id) {
        return jdbc.sql("select deal_id from deal_alias where merged_id = :id").param("id", id).query(Long.class).optional().orElse(id);
    }

    /** Engagements at which a deal was cited: those reported in the same press release, and those linked by hand. */
    public List<Long> engagementIds(DealId deal) {
        return jdbc.sql("select engagement_id from deal_engagement where deal_id = :d order by engagement_id")
                .param("d", deal.value()).query(Long.class).list();
    }

    /** Deals cited at an engagement: linked by hand, or reported in one of its press releases. */
    public List<Deal> citedAt(long engagementId, Collection<Long> pressReleaseIds) {
        return load(jdbc.sql("""
                        select deal_id from deal_engagement where engagement_id = :e
                        union select deal_id from deal_report where press_release_id = any(:p) order by 1""")
                .param("e", engagementId).param("p", pressReleaseIds.toArray(Long[]::new)).query(Long.class).list());
    }

    public List<Long> pressReleaseIds(DealId deal) {
        return jdbc.sql("select distinct press_release_id from deal_report where deal_id = :d and press_release_id is not null")
                .param("d", deal.value()).query(Long.class).list();
    }

    /** The furthest step reached, unless the deal was cancelled or lapsed after it. */
    static DealStage currentStageOf(List<Deal.StageEvent> history) {
        DealStage furthest = DealStage.ANNOUNCED;
        LocalDate furthestOn = null;
        for (Deal.StageEvent e : history) {
            if (!e.stage().isTerminated() && e.stage().isAfter(furthest)) {
                furthest = e.stage();
                furthestOn = e.happened();
            }
        }
        for (Deal.StageEvent e : history) {
            if (e.stage().isTerminated() && (furthestOn == null || e.happened() == null || !e.happened().isBefore(furthestOn))) {
                return e.stage();
            }
        }
        return furthest;
    }

    /** The deals with these ids, in this order, in a fixed number of queries. */
    List<Deal> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] keys = ids.toArray(Long[]::new);
        Map<Long, List<Deal.Item>> items = items(ids);
        Map<Long, List<Deal.StageEvent>> stages = new HashMap<>();
        jdbc.sql("""
                        select s.deal_id, s.stage, s.happened, coalesce(r.source, s.recorded_by), s.note from deal_stage s
                        left join deal_report r on r.id = s.report_id where s.deal_id = any(:ids) order by s.happened nulls last, s.id""")
                .param("ids", keys)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Deal.StageEvent(DealStage.parse(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5))))
                .list().forEach(e -> stages.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<Deal.Delivery>> deliveries = new HashMap<>();
        jdbc.sql("select deal_id, first_month, last_month, quantity, value_usd, basis from deal_delivery where deal_id = any(:ids) order by first_month")
                .param("ids", keys)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Deal.Delivery(new Period(YearMonth.from(rs.getObject(2, LocalDate.class)),
                        YearMonth.from(rs.getObject(3, LocalDate.class))), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getString(6))))
                .list().forEach(e -> deliveries.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<Deal.Report>> reports = new HashMap<>();
        jdbc.sql("""
                        select deal_id, id, origin, press_release_id, source, url, file_line, external_id, reported_on, status_text,
                               value_low_usd, value_high_usd, evidence
                        from deal_report where deal_id = any(:ids) order by reported_on nulls last, id""")
                .param("ids", keys)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Deal.Report(rs.getLong(2), rs.getString(3), (Long) rs.getObject(4),
                        rs.getString(5), rs.getString(6), (Integer) rs.getObject(7), rs.getString(8), rs.getObject(9, LocalDate.class),
                        rs.getString(10), rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getString(13))))
                .list().forEach(e -> reports.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, Long> countedWith = countedWith();
        // Buyers and sellers are the directory's: asked of it once for the whole list, never read from its tables.
        List<Long> parties = new ArrayList<>();
        jdbc.sql("select buyer_id, seller_id from deal where id = any(:ids)").param("ids", keys).query(rs -> {
            parties.add(rs.getLong(1));
            if (rs.getObject(2) != null) {
                parties.add(rs.getLong(2));
            }
        });
        Map<Long, Directory.Organisation> organisations = directory.organisations(parties);
        Map<Long, Deal> byId = new HashMap<>();
        RowMapper<Deal> mapper = (rs, n) -> {
            long id = rs.getLong("id");
            List<Deal.StageEvent> history = stages.getOrDefault(id, List.of());
            Directory.Organisation buyer = organisations.get(rs.getLong("buyer_id"));
            Long sellerId = (Long) rs.getObject("seller_id");
            Directory.Organisation seller = sellerId == null ? null : organisations.get(sellerId);
            return new Deal(id, rs.getLong("buyer_id"), buyer == null ? null : buyer.name(), buyer == null ? null : buyer.country(), sellerId,
                    seller == null ? null : seller.name(), seller == null ? null : seller.country(), items.getOrDefault(id, List.of(new Deal.Item(rs.getString("item"), null))), rs.getString("item"),
                    (Long) rs.getObject("quantity"), rs.getString("unit"), rs.getBigDecimal("value_low_usd"), rs.getBigDecimal("value_high_usd"),
                    rs.getString("currency"), rs.getBigDecimal("amount_low"), rs.getBigDecimal("amount_high"), rs.getBigDecimal("usd_rate"),
                    rs.getObject("rate_date", LocalDate.class), Instrument.parse(rs.getString("instrument")), currentStageOf(history),
                    rs.getObject("first_reported", LocalDate.class), rs.getBoolean("aggregate"), rs.getString("note"), history,
                    deliveries.getOrDefault(id, List.of()), reports.getOrDefault(id, List.of()), countedWith.get(id));
        };
        jdbc.sql("select * from deal where id = any(:ids)")
                .param("ids", keys).query(mapper).list().forEach(d -> byId.put(d.id(), d));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private Map<Long, List<Deal.Item>> items(List<Long> ids) {
        Map<Long, List<Deal.Item>> items = new LinkedHashMap<>();
        jdbc.sql("select deal_id, description, hs_code from deal_item where deal_id = any(:ids) order by deal_id, position")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), new Deal.Item(rs.getString(2), rs.getString(3))))
                .list().forEach(e -> items.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return items;
    }

    /**
     * Deals with an open merge proposal between them form a group that the totals count once, as its largest deal.
     * Returns, for every other member, the deal counted for it.
     */
    private Map<Long, Long> countedWith() {
        List<MergeProposals.Pair> open = merges.openPairs(MergeSubject.DEAL);
        if (open.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> parent = new HashMap<>();
        for (MergeProposals.Pair p : open) {
            union(parent, p.keptId(), p.mergedId());
        }
        Map<Long, BigDecimal> values = new HashMap<>();
        jdbc.sql("select id, coalesce(value_high_usd, 0) from deal where id = any(:ids)")
                .param("ids", parent.keySet().toArray(Long[]::new))
                .query((ResultSet rs, int n) -> Map.entry(rs.getLong(1), rs.getBigDecimal(2))).list()
                .forEach(e -> values.put(e.getKey(), e.getValue()));
        Map<Long, List<Long>> groups = new HashMap<>();
        for (Long id : parent.keySet()) {
            if (values.containsKey(id)) {
                groups.computeIfAbsent(find(parent, id), k -> new ArrayList<>()).add(id);
            }
        }
        Map<Long, Long> counted = new HashMap<>();
        for (List<Long> group : groups.values()) {
            long representative = group.stream().max(Comparator.comparing((Long id) -> values.get(id)).thenComparing(id -> -id)).orElseThrow();
            group.stream().filter(id -> id != representative).forEach(id -> counted.put(id, representative));
        }
        return counted;
    }

    private static void union(Map<Long, Long> parent, long a, long b) {
        long ra = find(parent, a);
        long rb = find(parent, b);
        if (ra != rb) {
            parent.put(Math.max(ra, rb), Math.min(ra, rb));
        }
    }

    private static long find(Map<Long, Long> parent, long x) {
        parent.putIfAbsent(x, x);
        long root = x;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        return root;
    }

    private void requireDeal(long id) {
        if (jdbc.sql("select count(*) from deal where id = :id").param("id", id).query(Long.class).single() == 0) {
            throw new InvalidInput("deal " + id, "there is no such deal");
        }
    }

    // --- merges --------------------------------------------------------------------------------------------------

    @EventListener
    void on(MergeConfirmed merge) {
        long kept = merge.keptId();
        long gone = merge.mergedId();
        switch (merge.subject()) {
            case ORGANISATION -> {
                jdbc.sql("update deal set buyer_id = :k where buyer_id = :m").param("k", kept).param("m", gone).update();
                jdbc.sql("update deal set seller_id = :k where seller_id = :m").param("k", kept).param("m", gone).update();
                jdbc.sql("""
                                insert into reporter_enterprise (username, organisation_id) select username, :k from reporter_enterprise
                                where organisation_id = :m on conflict do nothing""").param("k", kept).param("m", gone).update();
                jdbc.sql("""
                                insert into demand_forecast select :k, period, hs_code, product, year, quantity, unit, value_usd, reported_by, reported_at
                                from demand_forecast where organisation_id = :m on conflict do nothing""").param("k", kept).param("m", gone).update();
            }
            case ENGAGEMENT -> jdbc.sql("""
                            insert into deal_engagement (deal_id, engagement_id) select deal_id, :k from deal_engagement where engagement_id = :m
                            on conflict do nothing""").param("k", kept).param("m", gone).update();
            case DEAL -> mergeDeals(kept, gone);
            case PERSON -> {
            }
        }
    }

    /** Moves every report, stage, item, delivery, link and progress report of the merged deal to the kept one. */
    private void mergeDeals(long kept, long gone) {
        jdbc.sql("update deal_report set deal_id = :k where deal_id = :m and (press_release_id is null or press_release_id not in "
                + "(select press_release_id from deal_report where deal_id = :k and press_release_id is not null))").param("k", kept).param("m", gone).update();
        List<Deal.Item> goneItems = items(List.of(gone)).getOrDefault(gone, List.of());
        addItems(kept, items(List.of(kept)).getOrDefault(kept, List.of()), goneItems.stream().map(i -> new ReportedDeal.Item(i.description(),
                i.hsCode() == null ? null : HsCode.of(i.hsCode()))).toList(), true);
        jdbc.sql("select stage, happened, report_id, recorded_by, note from deal_stage where deal_id = :m").param("m", gone)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3), rs.getString(4), rs.getString(5)})
                .list().forEach(s -> recordStage(kept, DealStage.parse((String) s[0]), (LocalDate) s[1],
                        s[2] == null ? null : ((Number) s[2]).longValue(), (String) s[3], (String) s[4]));
        jdbc.sql("""
                        update deal set seller_id = coalesce(seller_id, (select seller_id from deal where id = :m)),
                               first_reported = least(first_reported, (select first_reported from deal where id = :m)) where id = :k""")
                .param("k", kept).param("m", gone).update();
        jdbc.sql("""
                        insert into deal_delivery select :k, first_month, last_month, quantity, value_usd, basis from deal_delivery d
                        where deal_id = :m and not exists (select 1 from deal_delivery where deal_id = :k)""").param("k", kept).param("m", gone).update();
        jdbc.sql("insert into deal_engagement select :k, engagement_id from deal_engagement where deal_id = :m on conflict do nothing")
                .param("k", kept).param("m", gone).update();
        // Progress reports are a history: the merged deal's are kept beside the kept deal's, each with its date.
        jdbc.sql("update progress_report set deal_id = :k where deal_id = :m").param("k", kept).param("m", gone).update();
        jdbc.sql("update deal_alias set deal_id = :k where deal_id = :m").param("k", kept).param("m", gone).update();
        jdbc.sql("insert into deal_alias (merged_id, deal_id) values (:m, :k) on conflict do nothing").param("k", kept).param("m", gone).update();
        // Open proposals about the merged deal now concern the deal it became part of.
        merges.carryOver(MergeSubject.DEAL, gone, kept);
        jdbc.sql("delete from deal where id = :m").param("m", gone).update();
        refreshValue(kept);
    }
}
