package org.bilateral.commitments.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bilateral.commitments.DealStage;
import org.bilateral.shared.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of enterprise reporting: reporters and their enterprises, progress reports and demand forecasts. */
@Repository
class ReportingStore {

    private final JdbcClient jdbc;

    ReportingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<Long> enterprisesOf(String username) {
        return new HashSet<>(jdbc.sql("select organisation_id from reporter_enterprise where username = :u")
                .param("u", username).query(Long.class).list());
    }

    List<String> reportersOf(long organisationId) {
        return jdbc.sql("select username from reporter_enterprise where organisation_id = :o order by username")
                .param("o", organisationId).query(String.class).list();
    }

    void link(String username, long organisationId) {
        jdbc.sql("insert into reporter_enterprise (username, organisation_id) values (:u, :o) on conflict do nothing")
                .param("u", username).param("o", organisationId).update();
    }

    /** Every buyer of a deal that is not an aggregate, and every enterprise a reporter reports for. */
    List<Long> buyersAndReporting() {
        return jdbc.sql("select buyer_id from deal where not aggregate union select organisation_id from reporter_enterprise")
                .query(Long.class).list();
    }

    void insertProgress(long deal, SubmitProgress p, String username, String via) {
        jdbc.sql("""
                        insert into progress_report (deal_id, period, stage, delivered_quantity, delivered_value_usd, next_milestones, obstacles,
                                                     reported_by, via)
                        values (:d, :p, :s, :q, :v, :m, :o, :by, :via)""")
                .param("d", deal).param("p", p.period().toString()).param("s", p.stage().code()).param("q", p.deliveredQuantity())
                .param("v", p.deliveredValueUsd()).param("m", p.nextMilestones()).param("o", p.obstacles()).param("by", username)
                .param("via", via).update();
    }

    void putForecast(SubmitForecast f, String username) {
        jdbc.sql("""
                        insert into demand_forecast (organisation_id, period, hs_code, product, year, quantity, unit, value_usd, reported_by)
                        values (:o, :p, :hs, :prod, :y, :q, :u, :v, :by)
                        on conflict (organisation_id, period, hs_code, year) do update set product = excluded.product, quantity = excluded.quantity,
                               unit = excluded.unit, value_usd = excluded.value_usd, reported_by = excluded.reported_by, reported_at = now()""")
                .param("o", f.organisationId()).param("p", f.period().toString()).param("hs", f.hsCode().digits()).param("prod", f.product())
                .param("y", f.year()).param("q", f.quantity()).param("u", f.unit()).param("v", f.valueUsd()).param("by", username)
                .update();
    }

    Set<Long> reportedFor(Period period, Collection<Long> dealIds) {
        return new HashSet<>(jdbc.sql("select distinct deal_id from progress_report where period = :p and deal_id = any(:ids)")
                .param("p", period.toString()).param("ids", dealIds.toArray(Long[]::new)).query(Long.class).list());
    }

    /** Progress reports of these deals, newest first. */
    List<ProgressReport> progress(Collection<Long> dealIds) {
        return jdbc.sql("""
                        select deal_id, period, stage, delivered_quantity, delivered_value_usd, next_milestones, obstacles, reported_by, reported_at, via
                        from progress_report where deal_id = any(:d) order by reported_at desc, id desc""")
                .param("d", dealIds.toArray(Long[]::new)).query(ReportingStore::progressReport).list();
    }

    private static ProgressReport progressReport(ResultSet rs, int n) throws SQLException {
        return new ProgressReport(rs.getLong(1), Period.parse(rs.getString(2)), DealStage.parse(rs.getString(3)),
                rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getObject(9, OffsetDateTime.class), rs.getString(10));
    }

    /** Each enterprise's forecasts from the latest period it forecast in. */
    List<EnterpriseReporting.LatestForecast> latestForecasts() {
        return jdbc.sql("""
                        select organisation_id, hs_code, year, value_usd, reported_at from demand_forecast f
                        where period = (select max(period) from demand_forecast g where g.organisation_id = f.organisation_id)
                        order by organisation_id, year, hs_code""")
                .query((rs, n) -> new EnterpriseReporting.LatestForecast(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4),
                        rs.getObject(5, OffsetDateTime.class).toLocalDate()))
                .list();
    }

    /** Forecasts of every enterprise ({@code all}) or of these, their enterprise not yet named. */
    List<DemandForecast> forecasts(boolean all, Collection<Long> enterprises) {
        return jdbc.sql("""
                        select organisation_id, period, hs_code, product, year, quantity, unit, value_usd, reported_by
                        from demand_forecast where :all or organisation_id = any(:mine)
                        order by year, hs_code, period""")
                .param("all", all).param("mine", enterprises.toArray(Long[]::new))
                .query((rs, n) -> new DemandForecast(rs.getLong(1), null, Period.parse(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getBigDecimal(6), rs.getString(7), rs.getBigDecimal(8), rs.getString(9)))
                .list();
    }

    Map<Long, List<String>> reportersByEnterprise() {
        return jdbc.sql("select organisation_id, username from reporter_enterprise order by username")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** For each buyer, how many of its deals have a progress report for the period. */
    Map<Long, Long> dealsReported(Period period) {
        return counts(jdbc.sql("""
                        select d.buyer_id, count(distinct r.deal_id) from progress_report r join deal d on d.id = r.deal_id
                        where r.period = :p group by d.buyer_id""")
                .param("p", period.toString()).query(ReportingStore::count).list());
    }

    Map<Long, Long> forecastsMade(Period period) {
        return counts(jdbc.sql("select organisation_id, count(*) from demand_forecast where period = :p group by organisation_id")
                .param("p", period.toString()).query(ReportingStore::count).list());
    }

    /** When each enterprise last reported for the period, progress or forecast. */
    Map<Long, OffsetDateTime> lastReported(Period period) {
        return jdbc.sql("""
                        select o, max(t) from (select d.buyer_id as o, r.reported_at as t from progress_report r join deal d on d.id = r.deal_id
                                               where r.period = :p
                                               union all select organisation_id, reported_at from demand_forecast where period = :p) x group by o""")
                .param("p", period.toString()).query((rs, n) -> Map.entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Map.Entry<Long, Long> count(ResultSet rs, int n) throws SQLException {
        return Map.entry(rs.getLong(1), rs.getLong(2));
    }

    private static Map<Long, Long> counts(List<Map.Entry<Long, Long>> rows) {
        return rows.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
