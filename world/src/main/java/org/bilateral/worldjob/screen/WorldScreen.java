package org.bilateral.worldjob.screen;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The world screen on Spark: one origin, one destination, every hub and every subheading. Spark SQL reads the store's
 * flows of the years (partition pruning on year), keeps the rows the route needs (filters pushed down to Parquet), tags
 * each with the flow it belongs to and sums them by flow, hub, year, level and subheading; the flows every hub shares
 * (one product list each) come to the driver and go out to every executor as a broadcast; each hub's rows, by then
 * small, are grouped into one task, which screens its products with the workbench's own arithmetic. The driver receives
 * the shared flows and the hubs' results, never the world.
 */
public final class WorldScreen {

    /** The command's stages: 1 starting Spark, 2–5 the job's, 6 writing the run. */
    public static final int STAGES = 6;
    static final String AGGREGATED_COLUMNS = "role, hub, reporter, year, level, code, unit, value, qty, n";

    /** The store's flows (WORLD-SPEC §1): the files' columns, then the partition columns of the folders' names. */
    static final StructType FLOWS_SCHEMA = new StructType()
            .add("flow", DataTypes.StringType, false)
            .add("partner", DataTypes.IntegerType, false)
            .add("cmd", DataTypes.StringType, false)
            .add("classification", DataTypes.StringType, false)
            .add("value", DataTypes.createDecimalType(38, 6), false)
            .add("qty_unit", DataTypes.IntegerType, true)
            .add("qty", DataTypes.createDecimalType(38, 6), true)
            .add("year", DataTypes.IntegerType, false)
            .add("reporter", DataTypes.IntegerType, false);

    private WorldScreen() {
    }

    /** A run: what was asked, where and when it ran, what it read, and the hubs screened, the strongest bound first. */
    public record Run(ScreenAsked asked, String master, String sparkVersion, Instant startedAt, Instant finishedAt, long flowsRead,
                      boolean synthetic, List<String> sources, List<HubResult> hubs) {
    }

    /**
     * @param progress told each stage ({@code stage N/M: what}), for the command's standard error
     * @throws Refused when the store holds nothing for the origin or the destination in the years
     */
    public static Run run(SparkSession spark, ScreenAsked a, Consumer<String> progress) throws IOException {
        Instant started = Instant.now();
        String o = a.originIso();
        String d = a.destinationIso();
        String span = a.fromYear() + "–" + a.toYear();
        Path flowsDir = new Path(a.store(), "flows");
        FileSystem fs = flowsDir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(flowsDir)) {
            throw new Refused("no world store at " + a.store() + " (no flows folder): import Comtrade bulk files with `world import` first");
        }

        progress.accept("stage 2/" + STAGES + ": reading the flows of " + o + ", " + d + " and their partners in " + span + " from " + a.store());
        Dataset<Row> aggregated = aggregated(spark, a, flowsDir.toString()).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // One pass over the aggregate (the store read once, the aggregate kept) brings the driver what it needs before
            // the hubs' tasks: the shared flows' rows, and one line per other flow and hub saying it is there.
            Overview overview = overview(aggregated);
            Set<String> roles = overview.roles();
            if (!roles.contains(Roles.ORIGIN_TO_DESTINATION) && !roles.contains(Roles.DESTINATION_FROM_WORLD)
                    && !roles.contains(Roles.HUB_TO_DESTINATION)) {
                throw new Refused("the store holds no imports of " + d + " (" + a.destination() + ") in " + span
                        + ": import the Comtrade bulk files of reporter " + a.destination() + " for those years");
            }
            if (List.of(Roles.ORIGIN_TO_DESTINATION, Roles.ORIGIN_TO_DESTINATION_MIRRORED, Roles.ORIGIN_TO_WORLD, Roles.ORIGIN_TO_HUB,
                    Roles.ORIGIN_TO_HUB_MIRRORED).stream().noneMatch(roles::contains)) {
                throw new Refused("the store holds nothing of " + o + " (" + a.origin() + ") in " + span
                        + ": neither its own statistics nor any partner's imports from it");
            }
            if (!roles.contains(Roles.HUB_TO_DESTINATION)) {
                throw new Refused("no hub: " + d + "'s imports in " + span + " name no country other than " + o);
            }

            progress.accept("stage 3/" + STAGES + ": the flows every hub shares (" + o + " → " + d + ", " + o + " → world, world → " + d
                    + "), sent to every executor");
            Shared shared = shared(overview.sharedRows(), a);
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            Broadcast<SharedFlows> broadcast = jsc.broadcast(shared.flows());

            progress.accept("stage 4/" + STAGES + ": screening " + overview.hubs() + " hubs, each hub's products in one task");
            List<HubResult> hubs = new ArrayList<>(aggregated.where("hub is not null")
                    .groupByKey((org.apache.spark.api.java.function.MapFunction<Row, String>) r -> r.getString(1), Encoders.STRING())
                    .flatMapGroups(new HubTask(broadcast), Encoders.javaSerialization(HubResult.class))
                    .collectAsList());
            broadcast.destroy();
            hubs.sort(Comparator.comparing((HubResult h) -> h.boundUsd() == null ? BigDecimal.ONE.negate() : h.boundUsd()).reversed()
                    .thenComparing(HubResult::hub));

            progress.accept("stage 5/" + STAGES + ": the files the partitions read came from (the store's manifest)");
            TreeSet<Integer> partitions = new TreeSet<>(shared.partitions());
            long read = shared.rows();
            for (HubResult h : hubs) {
                partitions.addAll(h.partitions());
                read += h.rowsRead();
            }
            Manifest.Sources sources = Manifest.sources(fs, new Path(a.store()), partitions);
            return new Run(a, spark.sparkContext().master(), spark.version(), started, Instant.now(), read, sources.synthetic(),
                    sources.names(), List.copyOf(hubs));
        } finally {
            aggregated.unpersist();
        }
    }

    /** The shared flows, the rows they sum and the partitions they came from. */
    private record Shared(SharedFlows flows, long rows, List<Integer> partitions) {
    }

    /**
     * What the driver learns of the aggregate in one pass.
     *
     * @param roles      the flows the store holds rows of
     * @param hubs       how many hubs the destination's imports name
     * @param sharedRows the aggregated rows of the flows every hub shares
     */
    private record Overview(Set<String> roles, int hubs, List<AggregatedRow> sharedRows) {
    }

    /**
     * The shared flows' rows and, for every other flow, one line per hub and partition of the aggregate saying it is
     * there: one job over the kept aggregate, each partition answering for itself (no shuffle), rather than one job
     * per question.
     */
    private static Overview overview(Dataset<Row> aggregated) {
        Set<String> roles = new TreeSet<>();
        Set<String> hubs = new TreeSet<>();
        List<AggregatedRow> sharedRows = new ArrayList<>();
        for (Row r : aggregated.javaRDD().mapPartitions(WorldScreen::overviewOfPartition).collect()) {
            String role = r.getString(0);
            roles.add(role);
            if (Roles.SHARED.contains(role)) {
                sharedRows.add(AggregatedRow.of(r));
            } else if (role.equals(Roles.HUB_TO_DESTINATION)) {
                hubs.add(r.getString(1));
            }
        }
        return new Overview(roles, hubs.size(), sharedRows);
    }

    /** A partition's shared rows, whole, then one (role, hub) row for each other flow and hub it holds. */
    private static Iterator<Row> overviewOfPartition(Iterator<Row> rows) {
        List<Row> out = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            String role = r.getString(0);
            if (Roles.SHARED.contains(role)) {
                out.add(r);
            } else if (seen.add(Arrays.asList(role, r.isNullAt(1) ? null : r.getString(1)))) {
                out.add(RowFactory.create(role, r.isNullAt(1) ? null : r.getString(1)));
            }
        }
        return out.iterator();
    }

    /** The flows every hub shares, one product list each, built on the driver from their aggregated rows. */
    private static Shared shared(List<AggregatedRow> sharedRows, ScreenAsked a) {
        Map<String, FlowGrid.Builder> builders = new TreeMap<>();
        Roles.SHARED.forEach(role -> builders.put(role, new FlowGrid.Builder()));
        long rows = 0;
        TreeSet<Integer> partitions = new TreeSet<>();
        for (AggregatedRow row : sharedRows) {
            builders.get(row.role()).add(row.year(), row.level(), row.code(), row.value());
            rows += row.rows();
            partitions.add(row.year() * 1000 + row.reporter());
        }
        String o = a.originIso();
        String d = a.destinationIso();
        FlowGrid od = builders.get(Roles.ORIGIN_TO_DESTINATION).build();
        if (od == null) {
            // where the destination records no imports from the origin in the years, the origin's record of its exports
            od = builders.get(Roles.ORIGIN_TO_DESTINATION_MIRRORED).build();
        }
        FlowGrid ow = builders.get(Roles.ORIGIN_TO_WORLD).build();
        FlowGrid dw = builders.get(Roles.DESTINATION_FROM_WORLD).build();
        SharedFlows flows = new SharedFlows(o, d, a.fromYear(), a.toYear(), a.eventYear(), a.cifFobMargin(), a.top(), od, ow, dw,
                od == null ? SharedFlows.noImportsNorMirror(d, o) : null, ow == null ? SharedFlows.noWorldTotals(o, false) : null,
                dw == null ? SharedFlows.noWorldTotals(d, true) : null, Units.commonByComtradeCode());
        return new Shared(flows, rows, List.copyOf(partitions));
    }

    /**
     * The store's rows the route needs, each tagged with its flow (see {@link Roles}) and its hub, summed by flow, hub,
     * reporter, year, level, subheading and (where they give a quantity) unit. The rows kept: the destination's imports
     * (from the origin, the world and every hub), the origin's exports (to the destination, the world and every hub: the
     * mirrors and the Freund test's world totals), and every other reporter's imports from the origin, exports to the
     * destination and exports to the world. Only M and X (re-imports and re-exports are not the trade the screen reads).
     */
    static Dataset<Row> aggregated(SparkSession spark, ScreenAsked a, String flowsDir) {
        StructType countrySchema = new StructType().add("m49", DataTypes.IntegerType, false).add("iso2", DataTypes.StringType, false);
        List<Row> countryRows = new ArrayList<>();
        a.countries().isoByM49().forEach((m49, iso) -> countryRows.add(RowFactory.create(m49, iso)));
        spark.createDataFrame(countryRows, countrySchema).createOrReplaceTempView("world_screen_countries");
        // The schema is the store's (WORLD-SPEC §1), given rather than inferred: inferring it reads a footer in a job of its own.
        spark.read().schema(FLOWS_SCHEMA).parquet(flowsDir).createOrReplaceTempView("world_screen_flows");
        // An HS6 row of a code the workbench carries (H4, H5) is counted under its HS 2022 number before the rows are summed,
        // as the import stores it (tradestats/importing/RevisionCarrier): two codes carried to one are summed there, their
        // quantities with them. Rows of other editions, and chapters, headings and totals, keep their codes.
        String carriedCode = "f.cmd";
        String carriesJoin = "";
        if (!a.carries().carries().isEmpty()) {
            StructType carrySchema = new StructType().add("classification", DataTypes.StringType, false)
                    .add("code", DataTypes.StringType, false).add("hs2022", DataTypes.StringType, false);
            List<Row> carryRows = a.carries().carries().stream().map(c -> RowFactory.create(c.classification(), c.code(), c.hs2022())).toList();
            spark.createDataFrame(carryRows, carrySchema).createOrReplaceTempView("world_screen_carries");
            carriedCode = "coalesce(cr.hs2022, f.cmd)";
            carriesJoin = "left join world_screen_carries cr on cr.classification = f.classification and cr.code = f.cmd";
        }
        String o = "'" + a.originIso() + "'";
        String d = "'" + a.destinationIso() + "'";
        String ends = "(" + o + ", " + d + ")";
        // a hub is a country (in the countries file), neither end of the route, never the world
        String hubPartner = "f.partner <> 0 and pc.iso2 not in " + ends;
        String hubReporter = "rc.iso2 not in " + ends;
        String sql = """
                select role, hub, reporter, year, level, code, unit, sum(value) as value, sum(qty) as qty, count(*) as n
                from (
                  select role, year, reporter, value,
                         case when role in ('hd', 'ho') then partner_iso when role in ('oh', 'hx', 'hw') then reporter_iso end as hub,
                         case when cmd = 'TOTAL' then 0 else length(cmd) end as level,
                         case when cmd <> 'TOTAL' and length(cmd) = 6 then cmd else '' end as code,
                         case when role in ('hd', 'oh', 'ho') and cmd <> 'TOTAL' and length(cmd) = 6 and qty_unit is not null
                              and qty is not null then qty_unit end as unit,
                         case when role in ('hd', 'oh', 'ho') and cmd <> 'TOTAL' and length(cmd) = 6 and qty_unit is not null
                              and qty is not null then qty end as qty
                  from (
                    select /*+ BROADCAST(rc), BROADCAST(pc)%11$s */ f.year, f.reporter, %9$s as cmd, f.value, f.qty_unit, f.qty,
                           rc.iso2 as reporter_iso, pc.iso2 as partner_iso,
                           case
                             when f.flow = 'M' and rc.iso2 = %1$s and pc.iso2 = %2$s and f.partner <> 0 then 'od'
                             when f.flow = 'M' and rc.iso2 = %1$s and f.partner = 0 then 'dw'
                             when f.flow = 'M' and rc.iso2 = %1$s and %3$s then 'hd'
                             when f.flow = 'M' and pc.iso2 = %2$s and f.partner <> 0 and %4$s then 'oh'
                             when f.flow = 'X' and rc.iso2 = %2$s and pc.iso2 = %1$s and f.partner <> 0 then 'do'
                             when f.flow = 'X' and rc.iso2 = %2$s and f.partner = 0 then 'ow'
                             when f.flow = 'X' and rc.iso2 = %2$s and %3$s then 'ho'
                             when f.flow = 'X' and pc.iso2 = %1$s and f.partner <> 0 and %4$s then 'hx'
                             when f.flow = 'X' and f.partner = 0 and %4$s then 'hw'
                           end as role
                    from (
                      -- the two ends' own statistics: their partitions alone are listed and read (pruned by reporter)
                      select * from world_screen_flows
                      where year between %5$d and %6$d and flow in ('M', 'X') and reporter in %7$s
                      union all
                      -- every other reporter's trade with the two ends and the world: partner and flow pushed down to Parquet
                      select * from world_screen_flows
                      where year between %5$d and %6$d and flow in ('M', 'X') and reporter not in %7$s and partner in %8$s
                    ) f
                    left join world_screen_countries rc on rc.m49 = f.reporter
                    left join world_screen_countries pc on pc.m49 = f.partner
                    %10$s
                  ) tagged
                  where role is not null
                ) rows
                group by role, hub, reporter, year, level, code, unit
                """.formatted(d, o, hubPartner, hubReporter, a.fromYear(), a.toYear(), codes(ends(a, List.of())),
                        codes(ends(a, List.of(0))), carriedCode, carriesJoin, carriesJoin.isEmpty() ? "" : ", BROADCAST(cr)");
        return spark.sql(sql).selectExpr(AGGREGATED_COLUMNS.split(", "));
    }

    /** The M49 codes of the route's two ends, and those given. */
    private static List<Integer> ends(ScreenAsked a, List<Integer> more) {
        List<Integer> codes = new ArrayList<>(a.countries().codesOf(a.originIso()));
        codes.addAll(a.countries().codesOf(a.destinationIso()));
        codes.addAll(more);
        return codes;
    }

    private static String codes(List<Integer> codes) {
        return codes.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }
}
