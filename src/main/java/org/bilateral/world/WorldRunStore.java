package org.bilateral.world;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bilateral.risk.Signal;
import org.bilateral.risk.SignalKind;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the world runs: a run, its hubs, the products shown per hub and their signals. */
@Repository
class WorldRunStore {

    private static final String RUN_COLUMNS = """
            r.run_id, r.origin, r.destination, r.from_year, r.to_year, r.event_year, r.cif_fob_margin, r.top, r.master,
            r.spark_version, r.started_at, r.finished_at, r.store, r.flows_read, r.synthetic, r.sources, r.loaded_at, r.loaded_by,
            (select count(*) from world_hub h where h.run_id = r.run_id) as hubs""";

    /** A hub as held, before its ranks among the run's hubs are counted. */
    record HeldHub(CountryCode hub, int productsScreened, int freundProducts, @Nullable Integer tradeYear, @Nullable BigDecimal boundUsd,
                   @Nullable BigDecimal hubExportsUsd, @Nullable Double share, List<String> missing) {
    }

    private final JdbcClient jdbc;

    WorldRunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One load at a time: two loads of one file crossing would both find it new. */
    void lock() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('world run load'))").query((rs, n) -> 1).list();
    }

    Optional<Long> bySha256(String sha256) {
        return jdbc.sql("select run_id from world_run where sha256 = :sha").param("sha", sha256).query(Long.class).optional();
    }

    long insert(RunFile.Run r, String sha256, String by) {
        long id = jdbc.sql("""
                insert into world_run (origin, destination, from_year, to_year, event_year, cif_fob_margin, top, master, spark_version,
                                       started_at, finished_at, store, flows_read, synthetic, sources, sha256, loaded_by)
                values (:origin, :destination, :from, :to, :event, :margin, :top, :master, :spark, :started, :finished, :store, :flows,
                        :synthetic, cast(:sources as text[]), :sha, :by) returning run_id""")
                .param("origin", r.origin().value()).param("destination", r.destination().value()).param("from", r.fromYear())
                .param("to", r.toYear()).param("event", r.eventYear()).param("margin", r.cifFobMargin()).param("top", r.top())
                .param("master", r.master()).param("spark", r.sparkVersion()).param("started", Timestamp.from(r.startedAt()))
                .param("finished", Timestamp.from(r.finishedAt())).param("store", r.store()).param("flows", r.flowsRead())
                .param("synthetic", r.synthetic()).param("sources", r.sources().toArray(String[]::new)).param("sha", sha256)
                .param("by", by).query(Long.class).single();
        for (RunFile.Hub h : r.hubs()) {
            insertHub(id, h);
        }
        return id;
    }

    /** A hub, then its products and their signals, each in one statement. */
    private void insertHub(long id, RunFile.Hub h) {
        jdbc.sql("""
                insert into world_hub (run_id, hub, products_screened, freund_products, trade_year, bound_usd, hub_exports_usd, share, missing)
                values (:id, :hub, :screened, :freund, :year, :bound, :exports, :share, cast(:missing as text[]))""")
                .param("id", id).param("hub", h.hub().value()).param("screened", h.productsScreened()).param("freund", h.freundProducts())
                .param("year", h.tradeYear()).param("bound", h.boundUsd()).param("exports", h.hubExportsUsd()).param("share", h.share())
                .param("missing", h.missing().toArray(String[]::new)).update();
        if (h.products().isEmpty()) {
            return;
        }
        List<WorldProduct> ps = h.products();
        jdbc.sql("""
                insert into world_product (run_id, hub, code, rank, score, trade_usd, freund)
                select :id, :hub, c, r, s, t, f
                from unnest(cast(:codes as text[]), cast(:ranks as integer[]), cast(:scores as double precision[]),
                            cast(:trades as numeric[]), cast(:freunds as double precision[])) n(c, r, s, t, f)""")
                .param("id", id).param("hub", h.hub().value())
                .param("codes", ps.stream().map(p -> p.code().digits()).toArray(String[]::new))
                .param("ranks", ps.stream().map(WorldProduct::rank).toArray(Integer[]::new))
                .param("scores", ps.stream().map(WorldProduct::score).toArray(Double[]::new))
                .param("trades", ps.stream().map(WorldProduct::tradeUsd).toArray(BigDecimal[]::new))
                .param("freunds", ps.stream().map(WorldProduct::freund).toArray(Double[]::new)).update();
        List<String> codes = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<@Nullable Double> values = new ArrayList<>();
        List<Double> ranks = new ArrayList<>();
        List<String> arithmetic = new ArrayList<>();
        for (WorldProduct p : ps) {
            for (Signal s : p.signals()) {
                codes.add(p.code().digits());
                kinds.add(s.kind().name());
                values.add(s.value());
                ranks.add(s.rank());
                arithmetic.add(s.arithmetic());
            }
        }
        jdbc.sql("""
                insert into world_signal (run_id, hub, code, kind, value, rank, arithmetic)
                select :id, :hub, c, k, v, r, a
                from unnest(cast(:codes as text[]), cast(:kinds as text[]), cast(:values as double precision[]),
                            cast(:ranks as double precision[]), cast(:arithmetic as text[])) n(c, k, v, r, a)""")
                .param("id", id).param("hub", h.hub().value()).param("codes", codes.toArray(String[]::new))
                .param("kinds", kinds.toArray(String[]::new)).param("values", values.toArray(Double[]::new))
                .param("ranks", ranks.toArray(Double[]::new)).param("arithmetic", arithmetic.toArray(String[]::new)).update();
    }

    /** Every run, the latest finished first. */
    List<WorldRun> runs() {
        return jdbc.sql("select " + RUN_COLUMNS + " from world_run r order by r.finished_at desc, r.run_id desc")
                .query((rs, n) -> run(rs)).list();
    }

    Optional<WorldRun> run(long id) {
        return jdbc.sql("select " + RUN_COLUMNS + " from world_run r where r.run_id = :id").param("id", id)
                .query((rs, n) -> run(rs)).optional();
    }

    /** The latest run of a pair that screened the hub. */
    Optional<WorldRun> latestWithHub(CountryCode origin, CountryCode hub, CountryCode destination) {
        return jdbc.sql("select " + RUN_COLUMNS + """
                 from world_run r
                where r.origin = :origin and r.destination = :destination
                  and exists (select 1 from world_hub h where h.run_id = r.run_id and h.hub = :hub)
                order by r.finished_at desc, r.run_id desc limit 1""")
                .param("origin", origin.value()).param("destination", destination.value()).param("hub", hub.value())
                .query((rs, n) -> run(rs)).optional();
    }

    List<HeldHub> hubs(long id) {
        return jdbc.sql("""
                select hub, products_screened, freund_products, trade_year, bound_usd, hub_exports_usd, share, missing
                  from world_hub where run_id = :id order by hub""").param("id", id)
                .query((rs, n) -> new HeldHub(CountryCode.of(rs.getString("hub")), rs.getInt("products_screened"), rs.getInt("freund_products"),
                        rs.getObject("trade_year", Integer.class), rs.getBigDecimal("bound_usd"), rs.getBigDecimal("hub_exports_usd"),
                        rs.getObject("share", Double.class), texts(rs.getArray("missing")))).list();
    }

    /** The products shown for a hub, in rank order, each with its six signals in their kinds' order. */
    List<WorldProduct> products(long id, CountryCode hub) {
        Map<String, List<Signal>> signals = new LinkedHashMap<>();
        jdbc.sql("""
                select code, kind, value, rank, arithmetic from world_signal where run_id = :id and hub = :hub""")
                .param("id", id).param("hub", hub.value())
                .query((rs, n) -> {
                    signals.computeIfAbsent(rs.getString("code"), c -> new ArrayList<>()).add(new Signal(SignalKind.valueOf(rs.getString("kind")),
                            rs.getObject("value", Double.class), rs.getDouble("rank"), rs.getString("arithmetic")));
                    return 1;
                }).list();
        signals.values().forEach(list -> list.sort(java.util.Comparator.comparing(Signal::kind)));
        return jdbc.sql("""
                select code, rank, score, trade_usd, freund from world_product where run_id = :id and hub = :hub order by rank""")
                .param("id", id).param("hub", hub.value())
                .query((rs, n) -> new WorldProduct(rs.getInt("rank"), HsCode.of(rs.getString("code")), rs.getDouble("score"),
                        rs.getBigDecimal("trade_usd"), rs.getDouble("freund"), signals.getOrDefault(rs.getString("code"), List.of()))).list();
    }

    private static WorldRun run(ResultSet rs) throws SQLException {
        return new WorldRun(rs.getLong("run_id"), CountryCode.of(rs.getString("origin")), CountryCode.of(rs.getString("destination")),
                rs.getInt("from_year"), rs.getInt("to_year"), rs.getObject("event_year", Integer.class), rs.getDouble("cif_fob_margin"),
                rs.getInt("top"), rs.getString("master"), rs.getString("spark_version"), rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("finished_at").toInstant(), rs.getString("store"), rs.getLong("flows_read"), rs.getBoolean("synthetic"),
                texts(rs.getArray("sources")), rs.getTimestamp("loaded_at").toInstant(), rs.getString("loaded_by"), rs.getInt("hubs"));
    }

    private static List<String> texts(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
