package org.bilateral.commitments;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.bilateral.shared.Period;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register's writing SQL: a deal, its goods, reports, stages, deliveries and links, as the use cases decide them. */
@Repository
class DealReportStore {

    private final JdbcClient jdbc;

    DealReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertDeal(ReportedDeal r) {
        return jdbc.sql("""
                        insert into deal (buyer_id, seller_id, item, quantity, unit, instrument, first_reported, aggregate, note)
                        values (:b, :s, :item, :q, :u, :i, :d, :agg, :note) returning id""")
                .param("b", r.buyer().value()).param("s", r.seller() == null ? null : r.seller().value()).param("item", r.description())
                .param("q", r.quantity()).param("u", r.unit()).param("i", r.instrument().code()).param("d", r.reportedOn())
                .param("agg", r.aggregate()).param("note", r.note()).query(Long.class).single();
    }

    /** What another report adds to a deal: the seller, quantity and unit it lacked, a more binding instrument, an earlier date. */
    void addToDeal(long id, ReportedDeal r, Instrument instrument) {
        jdbc.sql("""
                        update deal set seller_id = coalesce(seller_id, :s), quantity = coalesce(quantity, :q), unit = coalesce(unit, :u),
                               instrument = :i, first_reported = least(first_reported, :d) where id = :id""")
                .param("s", r.seller() == null ? null : r.seller().value()).param("q", r.quantity()).param("u", r.unit())
                .param("i", instrument.code()).param("d", r.reportedOn()).param("id", id)
                .update();
    }

    void insertItem(long deal, int position, String description, @Nullable String hsCode) {
        jdbc.sql("insert into deal_item (deal_id, position, description, hs_code) values (:d, :p, :desc, :hs)")
                .param("d", deal).param("p", position).param("desc", description).param("hs", hsCode).update();
    }

    long insertReport(long deal, ReportedDeal r) {
        ReportedDeal.Source s = r.source();
        ReportedValue v = r.value();
        return jdbc.sql("""
                        insert into deal_report (deal_id, origin, press_release_id, source, url, file_line, external_id, reported_on,
                                                 status_text, quantity, unit, value_low_usd, value_high_usd, currency, amount_low,
                                                 amount_high, usd_rate, rate_date, evidence)
                        values (:d, :o, :p, :s, :url, :line, :x, :on, :st, :q, :u, :lo, :hi, :cur, :alo, :ahi, :rate, :rd, :e)
                        returning id""")
                .param("d", deal).param("o", s.origin()).param("p", s.pressReleaseId()).param("s", s.name()).param("url", s.url())
                .param("line", s.line()).param("x", s.externalId()).param("on", r.reportedOn()).param("st", s.statusText())
                .param("q", r.quantity()).param("u", r.unit())
                .param("lo", v == null ? null : v.lowUsd()).param("hi", v == null ? null : v.highUsd())
                .param("cur", v == null ? null : v.currency().getCurrencyCode()).param("alo", v == null ? null : v.low())
                .param("ahi", v == null ? null : v.high()).param("rate", v == null ? null : v.usdRate())
                .param("rd", v == null ? null : v.rateDate()).param("e", s.evidence())
                .query(Long.class).single();
    }

    /** The deal's value is the latest report's that gives one: a purchase agreement's price supersedes an MOU's estimate. */
    void refreshValue(long id) {
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

    void insertStage(long deal, DealStage stage, @Nullable LocalDate happened, @Nullable Long reportId, @Nullable String by,
                     @Nullable String note) {
        jdbc.sql("insert into deal_stage (deal_id, stage, happened, report_id, recorded_by, note) values (:d, :s, :h, :r, :by, :n)")
                .param("d", deal).param("s", stage.code()).param("h", happened).param("r", reportId).param("by", by).param("n", note)
                .update();
    }

    void dateStageEarlier(long deal, DealStage stage, LocalDate happened, @Nullable Long reportId) {
        jdbc.sql("update deal_stage set happened = :h, report_id = coalesce(:r, report_id) where deal_id = :d and stage = :s")
                .param("h", happened).param("r", reportId).param("d", deal).param("s", stage.code()).update();
    }

    void deleteDeliveries(long deal) {
        jdbc.sql("delete from deal_delivery where deal_id = :d").param("d", deal).update();
    }

    void putDelivery(long deal, Period period, @Nullable BigDecimal quantity, @Nullable BigDecimal value, String basis) {
        jdbc.sql("""
                        insert into deal_delivery (deal_id, first_month, last_month, quantity, value_usd, basis) values (:d, :f, :l, :q, :v, :b)
                        on conflict (deal_id, first_month) do update set last_month = excluded.last_month, quantity = excluded.quantity,
                               value_usd = excluded.value_usd, basis = excluded.basis""")
                .param("d", deal).param("f", period.first().atDay(1)).param("l", period.last().atDay(1)).param("q", quantity)
                .param("v", value).param("b", basis).update();
    }

    /** Gives the goods at this place among the deal's (from 0) an HS code. */
    void classify(long deal, int position, String hsCode) {
        jdbc.sql("""
                        update deal_item set hs_code = :hs where deal_id = :d
                        and position = (select position from deal_item where deal_id = :d order by position offset :i limit 1)""")
                .param("hs", hsCode).param("d", deal).param("i", position).update();
    }

    void linkEngagement(long deal, long engagementId) {
        jdbc.sql("insert into deal_engagement (deal_id, engagement_id) values (:d, :e) on conflict do nothing")
                .param("d", deal).param("e", engagementId).update();
    }
}
