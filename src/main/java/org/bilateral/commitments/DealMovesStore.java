package org.bilateral.commitments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of {@link DealMoves}: the stages and values that entered the register, with when they entered. */
@Repository
class DealMovesStore {

    /**
     * A stage of a deal some stage of which entered after the moment; {@code at} is when this one entered (the stage's own
     * time, else its report's; null when neither is known, as for stages recorded before the register kept the time).
     */
    record StageRow(long deal, String item, DealStage stage, @Nullable LocalDate happened, @Nullable Instant at, Instant created) {
    }

    /** A reported value of a deal some value of which was reported after the moment, oldest first within the deal. */
    record ValueRow(long deal, String item, @Nullable BigDecimal low, @Nullable BigDecimal high, Instant at) {
    }

    private final JdbcClient jdbc;

    DealMovesStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every stage of the deals a stage of which entered after {@code since}. */
    List<StageRow> stagesOfMoved(Instant since) {
        return jdbc.sql("""
                        with timed as (
                            select st.deal_id, st.stage, st.happened, coalesce(st.recorded_at, r.recorded_at) as at
                            from deal_stage st left join deal_report r on r.id = st.report_id)
                        select t.deal_id, d.item, t.stage, t.happened, t.at, d.created_at
                        from timed t join deal d on d.id = t.deal_id
                        where t.deal_id in (select deal_id from timed where at > :since)
                        order by t.deal_id, t.at nulls first""")
                .param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .query((rs, n) -> new StageRow(rs.getLong(1), rs.getString(2), DealStage.parse(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), at(rs.getObject(5, OffsetDateTime.class)),
                        rs.getObject(6, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The values reported of the deals a value of which was reported after {@code since}, each deal's oldest first. */
    List<ValueRow> valuesOfMoved(Instant since) {
        return jdbc.sql("""
                        select r.deal_id, d.item, r.value_low_usd, r.value_high_usd, r.recorded_at
                        from deal_report r join deal d on d.id = r.deal_id
                        where r.value_low_usd is not null
                          and r.deal_id in (select deal_id from deal_report where recorded_at > :since and value_low_usd is not null)
                        order by r.deal_id, r.recorded_at, r.id""")
                .param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .query((rs, n) -> new ValueRow(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }

    private static @Nullable Instant at(@Nullable OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
