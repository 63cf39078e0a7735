package org.bilateral.commitments;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.bilateral.shared.Period;
import org.bilateral.shared.UsState;
import org.jspecify.annotations.Nullable;

/** The register's rows as records: what {@link DealStore} reads, before the directory names the parties. */
final class DealRows {

    /** A row of the deal table. */
    record Row(long id, long buyerId, @Nullable Long sellerId, @Nullable String goods, @Nullable Long quantity, @Nullable String unit,
               @Nullable BigDecimal valueLowUsd, @Nullable BigDecimal valueHighUsd, @Nullable String currency,
               @Nullable BigDecimal amountLow, @Nullable BigDecimal amountHigh, @Nullable BigDecimal usdRate,
               @Nullable LocalDate rateDate, Instrument instrument, @Nullable LocalDate firstReported, boolean aggregate,
               @Nullable String note, @Nullable UsState plantState) {
    }

    /** A row of a deal's stage history, as a merge carries it over. */
    record StageRow(DealStage stage, @Nullable LocalDate happened, @Nullable Long reportId, @Nullable String recordedBy,
                    @Nullable String note) {
    }

    private DealRows() {
    }

    static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("buyer_id"), rs.getObject("seller_id", Long.class), rs.getString("item"),
                rs.getObject("quantity", Long.class), rs.getString("unit"), rs.getBigDecimal("value_low_usd"),
                rs.getBigDecimal("value_high_usd"), rs.getString("currency"), rs.getBigDecimal("amount_low"),
                rs.getBigDecimal("amount_high"), rs.getBigDecimal("usd_rate"), rs.getObject("rate_date", LocalDate.class),
                Instrument.parse(rs.getString("instrument")), rs.getObject("first_reported", LocalDate.class),
                rs.getBoolean("aggregate"), rs.getString("note"),
                rs.getString("plant_state") == null ? null : UsState.of(rs.getString("plant_state")));
    }

    static Map.Entry<Long, Deal.Item> item(ResultSet rs, int n) throws SQLException {
        return Map.entry(rs.getLong(1), new Deal.Item(rs.getString(2), rs.getString(3)));
    }

    static Map.Entry<Long, Deal.StageEvent> stageEvent(ResultSet rs, int n) throws SQLException {
        return Map.entry(rs.getLong(1), new Deal.StageEvent(DealStage.parse(rs.getString(2)), rs.getObject(3, LocalDate.class),
                rs.getString(4), rs.getString(5)));
    }

    static Map.Entry<Long, Deal.Delivery> delivery(ResultSet rs, int n) throws SQLException {
        Period period = new Period(YearMonth.from(rs.getObject(2, LocalDate.class)), YearMonth.from(rs.getObject(3, LocalDate.class)));
        return Map.entry(rs.getLong(1), new Deal.Delivery(period, rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getString(6)));
    }

    static Map.Entry<Long, Deal.Report> report(ResultSet rs, int n) throws SQLException {
        return Map.entry(rs.getLong(1), new Deal.Report(rs.getLong(2), rs.getString(3), rs.getObject(4, Long.class), rs.getString(5),
                rs.getString(6), rs.getObject(7, Integer.class), rs.getString(8), rs.getObject(9, LocalDate.class), rs.getString(10),
                rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getString(13)));
    }

    static StageHistory.Reached reached(ResultSet rs, int n) throws SQLException {
        return new StageHistory.Reached(DealStage.parse(rs.getString(1)), rs.getObject(2, LocalDate.class));
    }

    static StageRow stageRow(ResultSet rs, int n) throws SQLException {
        return new StageRow(DealStage.parse(rs.getString(1)), rs.getObject(2, LocalDate.class), rs.getObject(3) instanceof Number id ? id.longValue() : null,
                rs.getString(4), rs.getString(5));
    }

    static PurchaseCommitments.ClassifiedItem classifiedItem(ResultSet rs, int n) throws SQLException {
        return new PurchaseCommitments.ClassifiedItem(rs.getLong(1), rs.getString(2), rs.getString(3));
    }
}
