package org.bilateral.commitments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register's reading SQL: which deals, and each part of a deal, by its number. Rows become records in {@link DealRows}. */
@Repository
class DealStore {

    private final JdbcClient jdbc;

    DealStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The deal a report of a deals file's row went to, when that row was imported before. */
    Optional<Long> dealOfReport(String externalId) {
        return jdbc.sql("select deal_id from deal_report where external_id = :x").param("x", externalId).query(Long.class).optional();
    }

    /** The buyer's deals a report may be another report of: every one but the aggregates. */
    List<Long> matchableDealsOf(long buyerId) {
        return jdbc.sql("select id from deal where buyer_id = :b and not aggregate order by id").param("b", buyerId).query(Long.class).list();
    }

    List<Long> allDeals() {
        return jdbc.sql("select id from deal order by first_reported nulls last, id").query(Long.class).list();
    }

    List<Long> dealsOfBuyers(Collection<Long> organisationIds) {
        return jdbc.sql("select id from deal where buyer_id = any(:o) order by first_reported nulls last, id")
                .param("o", organisationIds.toArray(Long[]::new)).query(Long.class).list();
    }

    /**
     * The deals buying from a state: those whose goods' plant is there, and those naming no plant whose seller is one of
     * the organisations there. In the register's order.
     */
    List<Long> dealsFrom(String usps, Collection<Long> sellersThere) {
        return jdbc.sql("""
                        select id from deal where plant_state = :s or (plant_state is null and seller_id = any(:sellers))
                        order by first_reported nulls last, id""")
                .param("s", usps).param("sellers", sellersThere.toArray(Long[]::new)).query(Long.class).list();
    }

    void setPlantState(long deal, @org.jspecify.annotations.Nullable String usps) {
        jdbc.sql("update deal set plant_state = :s where id = :d").param("s", usps).param("d", deal).update();
    }

    /** The deal a merged deal became part of; empty for a deal that was never merged. */
    Optional<Long> mergedInto(long id) {
        return jdbc.sql("select deal_id from deal_alias where merged_id = :id").param("id", id).query(Long.class).optional();
    }

    boolean exists(long id) {
        return jdbc.sql("select count(*) from deal where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    List<Long> engagementIds(long deal) {
        return jdbc.sql("select engagement_id from deal_engagement where deal_id = :d order by engagement_id")
                .param("d", deal).query(Long.class).list();
    }

    List<Long> citedAt(long engagementId, Collection<Long> pressReleaseIds) {
        return jdbc.sql("""
                        select deal_id from deal_engagement where engagement_id = :e
                        union select deal_id from deal_report where press_release_id = any(:p) order by 1""")
                .param("e", engagementId).param("p", pressReleaseIds.toArray(Long[]::new)).query(Long.class).list();
    }

    List<Long> pressReleaseIds(long deal) {
        return jdbc.sql("select distinct press_release_id from deal_report where deal_id = :d and press_release_id is not null")
                .param("d", deal).query(Long.class).list();
    }

    List<PurchaseCommitments.ClassifiedItem> classifiedItems() {
        return jdbc.sql("select deal_id, description, hs_code from deal_item where hs_code is not null order by deal_id, position")
                .query(DealRows::classifiedItem).list();
    }

    List<StageHistory.Reached> reached(long deal) {
        return jdbc.sql("select stage, happened from deal_stage where deal_id = :d").param("d", deal).query(DealRows::reached).list();
    }

    boolean hasReportedSchedule(long deal) {
        return jdbc.sql("select count(*) from deal_delivery where deal_id = :d and basis = 'reported'").param("d", deal)
                .query(Long.class).single() > 0;
    }

    /** The middle of the deal's value; empty without one. */
    Optional<BigDecimal> centralValue(long deal) {
        return jdbc.sql("select (value_low_usd + value_high_usd) / 2 from deal where id = :d and value_low_usd is not null")
                .param("d", deal).query(BigDecimal.class).optional();
    }

    /** The high end of each deal's value, zero without one: what a group of possible duplicates is counted by. */
    Map<Long, BigDecimal> highValues(Collection<Long> ids) {
        Map<Long, BigDecimal> values = new HashMap<>();
        jdbc.sql("select id, coalesce(value_high_usd, 0) from deal where id = any(:ids)").param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getBigDecimal(2))).list()
                .forEach(e -> values.put(e.getKey(), e.getValue()));
        return values;
    }

    Map<Long, List<Deal.Item>> items(Collection<Long> ids) {
        return grouped(jdbc.sql("select deal_id, description, hs_code from deal_item where deal_id = any(:ids) order by deal_id, position")
                .param("ids", ids.toArray(Long[]::new)).query(DealRows::item).list());
    }

    Map<Long, List<Deal.StageEvent>> stages(Collection<Long> ids) {
        return grouped(jdbc.sql("""
                        select s.deal_id, s.stage, s.happened, coalesce(r.source, s.recorded_by), s.note from deal_stage s
                        left join deal_report r on r.id = s.report_id where s.deal_id = any(:ids) order by s.happened nulls last, s.id""")
                .param("ids", ids.toArray(Long[]::new)).query(DealRows::stageEvent).list());
    }

    Map<Long, List<Deal.Delivery>> deliveries(Collection<Long> ids) {
        return grouped(jdbc.sql("""
                        select deal_id, first_month, last_month, quantity, value_usd, basis from deal_delivery
                        where deal_id = any(:ids) order by first_month""")
                .param("ids", ids.toArray(Long[]::new)).query(DealRows::delivery).list());
    }

    Map<Long, List<Deal.Report>> reports(Collection<Long> ids) {
        return grouped(jdbc.sql("""
                        select deal_id, id, origin, press_release_id, source, url, file_line, external_id, reported_on, status_text,
                               value_low_usd, value_high_usd, evidence
                        from deal_report where deal_id = any(:ids) order by reported_on nulls last, id""")
                .param("ids", ids.toArray(Long[]::new)).query(DealRows::report).list());
    }

    /** Buyers and sellers of these deals, to be asked of the directory once for the whole list. */
    List<Long> parties(Collection<Long> ids) {
        List<Long> parties = new ArrayList<>();
        jdbc.sql("select buyer_id, seller_id from deal where id = any(:ids)").param("ids", ids.toArray(Long[]::new)).query(rs -> {
            parties.add(rs.getLong(1));
            if (rs.getObject(2) != null) {
                parties.add(rs.getLong(2));
            }
        });
        return parties;
    }

    List<DealRows.Row> rows(Collection<Long> ids) {
        return jdbc.sql("select * from deal where id = any(:ids)").param("ids", ids.toArray(Long[]::new)).query(DealRows::row).list();
    }

    private static <T> Map<Long, List<T>> grouped(List<Map.Entry<Long, T>> rows) {
        Map<Long, List<T>> byDeal = new LinkedHashMap<>();
        rows.forEach(e -> byDeal.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return byDeal;
    }

    /** The stage rows of a merged deal, to be recorded on the deal it became part of. */
    List<DealRows.StageRow> stageRows(long deal) {
        return jdbc.sql("select stage, happened, report_id, recorded_by, note from deal_stage where deal_id = :m").param("m", deal)
                .query(DealRows::stageRow).list();
    }

}
