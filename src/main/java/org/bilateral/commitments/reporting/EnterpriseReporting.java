package org.bilateral.commitments.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bilateral.commitments.Deal;
import org.bilateral.commitments.DealStage;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.engagements.Directory;
import org.bilateral.identity.AuditTrail;
import org.bilateral.identity.Role;
import org.bilateral.identity.UserAccounts;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enterprises reporting to the ministry. A reporter account belongs to one or more enterprises and sees and changes only
 * the deals those enterprises buy under; a deal outside its scope is answered as if it did not exist, so that a reporter
 * cannot even learn which deal numbers are taken.
 */
@Service
public class EnterpriseReporting {

    /** One enterprise's reporting for a period, as the ministry checks it. */
    public record Status(long organisationId, String enterprise, List<String> reporters, int deals, int dealsReported,
                         int forecasts, OffsetDateTime lastReported) {

        public boolean complete() {
            return dealsReported >= deals && (deals > 0 || forecasts > 0);
        }
    }

    public record Enterprise(long id, String name, String country) {
    }

    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final PurchaseCommitments commitments;
    private final Directory directory;
    private final UserAccounts accounts;

    EnterpriseReporting(JdbcClient jdbc, PurchaseCommitments commitments, Directory directory, UserAccounts accounts, AuditTrail audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.commitments = commitments;
        this.directory = directory;
        this.accounts = accounts;
    }

    /** The current reporting period: the calendar quarter. */
    /** The period a form or a command names, or the current reporting period when it names none. */
    public static Period periodOr(String text) {
        return text == null || text.isBlank() ? currentPeriod() : Period.parse(text);
    }

    public static Period currentPeriod() {
        YearMonth now = YearMonth.now();
        return Period.quarter(now.getYear(), (now.getMonthValue() + 2) / 3);
    }

    public ReporterScope scope(String username, boolean ministry) {
        return new ReporterScope(username, ministry, new HashSet<>(jdbc.sql("select organisation_id from reporter_enterprise where username = :u")
                .param("u", username).query(Long.class).list()));
    }

    /** Lets a reporter account report for an enterprise; returns the enterprise, for the caller to name. */
    @Transactional
    public Enterprise link(String username, long organisationId) {
        var account = accounts.find(username).orElseThrow(() -> new InvalidInput("user " + username, "there is no such account"));
        if (account.role() != Role.REPORTER) {
            throw new InvalidInput("user " + username, "is " + account.role().name().toLowerCase() + ", not a reporter: analysts see every deal already");
        }
        Directory.Organisation o = directory.organisation(organisationId)
                .orElseThrow(() -> new InvalidInput("organisation " + organisationId, "there is no such organisation"));
        jdbc.sql("insert into reporter_enterprise (username, organisation_id) values (:u, :o) on conflict do nothing")
                .param("u", username).param("o", organisationId).update();
        audit.record("reporter linked to an enterprise", "user " + username, null, java.util.Map.of("organisation", organisationId));
        return new Enterprise(o.id(), o.name(), o.country());
    }

    /** The reporter accounts, by name: those an administrator may link to an enterprise. */
    public List<String> reporterAccounts() {
        return accounts.all().stream().filter(a -> a.role() == Role.REPORTER).map(UserAccounts.Account::username).sorted().toList();
    }

    public List<Enterprise> enterprises(ReporterScope scope) {
        Set<Long> ids = new java.util.HashSet<>(scope.enterprises());
        if (scope.ministry()) {
            ids.addAll(jdbc.sql("select buyer_id from deal where not aggregate union select organisation_id from reporter_enterprise")
                    .query(Long.class).list());
        }
        return directory.organisations(ids).values().stream()
                .map(o -> new Enterprise(o.id(), o.name(), o.country()))
                .sorted(java.util.Comparator.comparing(Enterprise::name).thenComparing(Enterprise::id)).toList();
    }

    public List<Deal> deals(ReporterScope scope) {
        return scope.ministry() ? commitments.deals() : commitments.dealsOfBuyers(scope.enterprises());
    }

    /** A deal the scope covers; any other number is "no such deal". */
    public Deal deal(ReporterScope scope, long id) {
        return commitments.deal(id).filter(d -> scope.covers(d.buyerId()))
                .orElseThrow(() -> new NotFound(NotFound.Thing.DEAL, "D" + id));
    }

    /**
     * Adds a progress report to the deal's history: an earlier report, of this period or another, is kept as it was. The
     * same report sent again (a workbook uploaded twice) adds nothing: it says nothing the latest report of the period
     * did not.
     */
    @Transactional
    public ProgressReport submit(ReporterScope scope, SubmitProgress p, String via) {
        Deal deal = deal(scope, p.dealId());
        ProgressReport before = progress(deal.id()).stream().filter(r -> r.period().equals(p.period())).findFirst().orElse(null);
        if (before != null && before.says(p)) {
            return before;
        }
        jdbc.sql("""
                        insert into progress_report (deal_id, period, stage, delivered_quantity, delivered_value_usd, next_milestones, obstacles,
                                                     reported_by, via)
                        values (:d, :p, :s, :q, :v, :m, :o, :by, :via)""")
                .param("d", deal.id()).param("p", p.period().toString()).param("s", p.stage().code()).param("q", p.deliveredQuantity())
                .param("v", p.deliveredValueUsd()).param("m", p.nextMilestones()).param("o", p.obstacles()).param("by", scope.username())
                .param("via", via).update();
        if (p.stage() != deal.stage()) {
            commitments.recordStage(deal.id(), p.stage(), LocalDate.now(), null, scope.username(), "progress report for " + p.period());
        }
        ProgressReport after = progress(deal.id()).get(0);
        audit.record(scope.username(), "progress reported", "deal D" + deal.id() + " " + p.period(), before, after);
        return after;
    }

    @Transactional
    public void submit(ReporterScope scope, SubmitForecast f) {
        if (!scope.covers(f.organisationId())) {
            throw new NotFound(NotFound.Thing.ENTERPRISE, f.organisationId());
        }
        jdbc.sql("""
                        insert into demand_forecast (organisation_id, period, hs_code, product, year, quantity, unit, value_usd, reported_by)
                        values (:o, :p, :hs, :prod, :y, :q, :u, :v, :by)
                        on conflict (organisation_id, period, hs_code, year) do update set product = excluded.product, quantity = excluded.quantity,
                               unit = excluded.unit, value_usd = excluded.value_usd, reported_by = excluded.reported_by, reported_at = now()""")
                .param("o", f.organisationId()).param("p", f.period().toString()).param("hs", f.hsCode().digits()).param("prod", f.product())
                .param("y", f.year()).param("q", f.quantity()).param("u", f.unit()).param("v", f.valueUsd()).param("by", scope.username())
                .update();
        audit.record(scope.username(), "forecast reported", "organisation " + f.organisationId() + " " + f.period(), null, f);
    }

    /** Which of these deals have a progress report for the period: one query for a whole list. */
    public Set<Long> reportedFor(Period period, java.util.Collection<Long> dealIds) {
        return new HashSet<>(jdbc.sql("select distinct deal_id from progress_report where period = :p and deal_id = any(:ids)")
                .param("p", period.toString()).param("ids", dealIds.toArray(Long[]::new)).query(Long.class).list());
    }

    /** A deal's progress reports, newest first: the first is the deal's current state. The caller has checked the scope (see {@link #deal}). */
    public List<ProgressReport> progress(long dealId) {
        return progress(List.of(dealId)).getOrDefault(dealId, List.of());
    }

    /** Progress reports of many deals, each deal's newest first: one query for a whole template, page or projection. */
    public Map<Long, List<ProgressReport>> progress(java.util.Collection<Long> dealIds) {
        return jdbc.sql("""
                        select deal_id, period, stage, delivered_quantity, delivered_value_usd, next_milestones, obstacles, reported_by, reported_at, via
                        from progress_report where deal_id = any(:d) order by reported_at desc, id desc""")
                .param("d", dealIds.toArray(Long[]::new))
                .query((rs, n) -> new ProgressReport(rs.getLong(1), Period.parse(rs.getString(2)), DealStage.parse(rs.getString(3)),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getObject(9, OffsetDateTime.class), rs.getString(10)))
                .list().stream().collect(Collectors.groupingBy(ProgressReport::dealId, Collectors.toList()));
    }

    public List<ProgressReport> progress(ReporterScope scope, long dealId) {
        return progress(deal(scope, dealId).id());
    }

    /** A forecast as the projection reads it: a value for a product and year, and the day it was made. */
    public record LatestForecast(long organisationId, String hsCode, int year, BigDecimal valueUsd, LocalDate reportedOn) {
    }

    /**
     * Each enterprise's forecasts from the latest period it forecast in: a later period's forecast supersedes an earlier
     * one's whole, so a product left out of it is no longer expected.
     */
    public List<LatestForecast> latestForecasts() {
        return jdbc.sql("""
                        select organisation_id, hs_code, year, value_usd, reported_at from demand_forecast f
                        where period = (select max(period) from demand_forecast g where g.organisation_id = f.organisation_id)
                        order by organisation_id, year, hs_code""")
                .query((rs, n) -> new LatestForecast(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4),
                        rs.getObject(5, OffsetDateTime.class).toLocalDate()))
                .list();
    }

    public List<DemandForecast> forecasts(ReporterScope scope) {
        List<DemandForecast> rows = jdbc.sql("""
                        select organisation_id, period, hs_code, product, year, quantity, unit, value_usd, reported_by
                        from demand_forecast where :all or organisation_id = any(:mine)
                        order by year, hs_code, period""")
                .param("all", scope.ministry()).param("mine", scope.enterprises().toArray(Long[]::new))
                .query((rs, n) -> new DemandForecast(rs.getLong(1), null, Period.parse(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getBigDecimal(6), rs.getString(7), rs.getBigDecimal(8), rs.getString(9)))
                .list();
        Map<Long, String> names = names(rows.stream().map(DemandForecast::organisationId).toList());
        return rows.stream().map(f -> f.of(names.getOrDefault(f.organisationId(), "#" + f.organisationId())))
                .sorted(java.util.Comparator.comparing(DemandForecast::enterprise)).toList();
    }

    /**
     * Who has reported for a period and who has not. Expected to report: every enterprise a reporter account reports for,
     * and every buyer of a deal still running (not an aggregate, not delivered, cancelled or lapsed).
     */
    /** Enterprises are named by the directory, the one place that knows them. */
    private Map<Long, String> names(java.util.Collection<Long> ids) {
        return directory.organisations(ids).values().stream().collect(Collectors.toMap(Directory.Organisation::id, Directory.Organisation::name));
    }

    public List<Status> status(Period period) {
        String p = period.toString();
        Map<Long, List<String>> reporters = jdbc.sql("select organisation_id, username from reporter_enterprise order by username")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<Long, List<Deal>> running = commitments.deals().stream()
                .filter(d -> !d.aggregate() && !d.stage().isTerminated() && d.stage() != DealStage.DELIVERED)
                .collect(Collectors.groupingBy(Deal::buyerId));
        Set<Long> expected = new java.util.TreeSet<>(reporters.keySet());
        expected.addAll(running.keySet());
        Map<Long, Long> reported = jdbc.sql("""
                        select d.buyer_id, count(distinct r.deal_id) from progress_report r join deal d on d.id = r.deal_id where r.period = :p group by d.buyer_id""")
                .param("p", p).query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<Long, Long> forecasts = jdbc.sql("select organisation_id, count(*) from demand_forecast where period = :p group by organisation_id")
                .param("p", p).query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<Long, OffsetDateTime> last = jdbc.sql("""
                        select o, max(t) from (select d.buyer_id as o, r.reported_at as t from progress_report r join deal d on d.id = r.deal_id where r.period = :p
                                               union all select organisation_id, reported_at from demand_forecast where period = :p) x group by o""")
                .param("p", p).query((rs, n) -> Map.entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<Long, String> names = names(expected);
        return expected.stream()
                .map(id -> new Status(id, names.getOrDefault(id, "#" + id),
                        reporters.getOrDefault(id, List.of()), running.getOrDefault(id, List.of()).size(),
                        reported.getOrDefault(id, 0L).intValue(), forecasts.getOrDefault(id, 0L).intValue(), last.get(id)))
                .sorted(java.util.Comparator.comparing(Status::complete).thenComparing(Status::enterprise))
                .toList();
    }
}
