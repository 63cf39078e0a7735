package org.bilateral.tradestats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind {@link RawFigures}: the figures of the slices held, found by their import and packed slice key. */
@Repository
class RawFiguresStore {

    private final JdbcClient jdbc;

    RawFiguresStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One slice held: the import holding it, its packed key, and what the key packs that a figure's line needs. */
    private record Slice(long importId, long key, char freq, int month, int hsLevel) {
    }

    List<RawFigures.Figure> ofYear(CountryCode reporter, CountryCode partner, Flow flow, int year) {
        List<Slice> slices = jdbc.sql("""
                        select import_id, figure_slice_key(reporter, partner, flow, freq, period, hs_level), freq,
                               extract(month from period)::int, hs_level
                        from trade_slice
                        where reporter = :r and partner = :p and flow = :f and period >= :from and period < :to""")
                .param("r", reporter.value()).param("p", partner.value()).param("f", flow.code())
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> new Slice(rs.getLong(1), rs.getLong(2), rs.getString(3).charAt(0), rs.getInt(4), rs.getInt(5)))
                .list();
        if (slices.isEmpty()) {
            return List.of();
        }
        Map<Long, Slice> byKey = new HashMap<>();
        slices.forEach(s -> byKey.put(s.key(), s));
        // the figures are found as the national lines are (ProductFlowsStore.lineSums): by their imports and one range of
        // keys, which the block-range index reaches, then by the keys themselves; joined to the slices, a whole scan
        List<RawFigures.Figure> figures = new ArrayList<>();
        jdbc.sql("""
                        select import_id, slice_key, hs_code, value_usd from trade_figure
                        where import_id = any(cast(:imports as bigint[])) and slice_key between :lowest and :highest
                          and slice_key = any(cast(:keys as bigint[]))""")
                .param("imports", slices.stream().mapToLong(Slice::importId).distinct().boxed().toArray(Long[]::new))
                .param("lowest", slices.stream().mapToLong(Slice::key).min().orElseThrow())
                .param("highest", slices.stream().mapToLong(Slice::key).max().orElseThrow())
                .param("keys", slices.stream().map(Slice::key).toArray(Long[]::new))
                .query(rs -> {
                    Slice slice = Objects.requireNonNull(byKey.get(rs.getLong(2)), "a figure of a slice not asked for");
                    // a key names its slice whatever import holds it: only the import holding the slice now counts
                    if (slice.importId() == rs.getLong(1)) {
                        figures.add(new RawFigures.Figure(slice.freq(), year, slice.month(), slice.hsLevel(), rs.getString(3),
                                rs.getBigDecimal(4)));
                    }
                });
        return figures;
    }
}
