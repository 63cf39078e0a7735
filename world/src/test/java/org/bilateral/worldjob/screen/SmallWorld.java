package org.bilateral.worldjob.screen;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * A small world written straight into the store's layout (WORLD-SPEC §1), without the importer: the flows as Parquet
 * partitioned by year and reporter, and the manifest's partition entries by hand.
 */
final class SmallWorld {

    static final int CN = 156;
    static final int US = 842;
    static final int VN = 704;
    static final int MY = 458;
    static final int TH = 764;
    /** "Areas, nes": a partner Comtrade names that is no country. */
    static final int AREAS_NES = 899;
    static final int WORLD = 0;
    static final int KG = 8;

    static final StructType SCHEMA = new StructType()
            .add("flow", DataTypes.StringType, false)
            .add("partner", DataTypes.IntegerType, false)
            .add("cmd", DataTypes.StringType, false)
            .add("classification", DataTypes.StringType, false)
            .add("value", DataTypes.createDecimalType(38, 6), false)
            .add("qty_unit", DataTypes.IntegerType, true)
            .add("qty", DataTypes.createDecimalType(38, 6), true)
            .add("year", DataTypes.IntegerType, false)
            .add("reporter", DataTypes.IntegerType, false);

    private final List<Row> rows = new ArrayList<>();
    /** The edition the lines that follow are classified in (H5, HS 2017, unless said). */
    private String classification = "H5";

    /** The lines that follow are of this classification (H0…H6). */
    SmallWorld in(String classification) {
        this.classification = classification;
        return this;
    }

    /** A line without quantity. */
    SmallWorld line(int reporter, String flow, int partner, String cmd, int year, String value) {
        return line(reporter, flow, partner, cmd, year, value, null, null);
    }

    SmallWorld line(int reporter, String flow, int partner, String cmd, int year, String value, @Nullable Integer unit, @Nullable String qty) {
        rows.add(RowFactory.create(flow, partner, cmd, classification, new BigDecimal(value), unit, qty == null ? null : new BigDecimal(qty), year, reporter));
        return this;
    }

    /** The same line in each year from the first, one value a year. */
    SmallWorld years(int reporter, String flow, int partner, String cmd, int firstYear, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                line(reporter, flow, partner, cmd, firstYear + i, values[i]);
            }
        }
        return this;
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Writes the flows into STORE/flows and one manifest entry per partition, each naming the file of its reporter and year. */
    void write(SparkSession spark, Path store, boolean synthetic) throws IOException {
        spark.createDataFrame(rows, SCHEMA).repartition(2).write().mode("overwrite").partitionBy("year", "reporter")
                .parquet(store.resolve("flows").toString());
        TreeSet<String> partitions = new TreeSet<>();
        for (Row r : rows) {
            partitions.add(r.getInt(7) + "/" + r.getInt(8));
        }
        for (String p : partitions) {
            String[] yr = p.split("/");
            Path entry = store.resolve("_bilateral/partitions/year=" + yr[0] + "/reporter=" + yr[1] + ".json");
            Files.createDirectories(entry.getParent());
            String name = "COMTRADE-FINAL-CA" + String.format("%03d", Integer.parseInt(yr[1])) + yr[0] + "H5.txt.gz";
            Files.writeString(entry, "{\"file\": \"" + "0".repeat(64) + "\", \"name\": \"" + name + "\", \"synthetic\": " + synthetic + "}",
                    StandardCharsets.UTF_8);
        }
    }

    /** COUNTRIES.csv with the countries given (M49 → two letters). */
    static Path countries(Path dir, Map<Integer, String> countries) throws IOException {
        StringBuilder csv = new StringBuilder("m49,iso2\n");
        countries.forEach((m49, iso) -> csv.append(m49).append(',').append(iso).append('\n'));
        Path file = dir.resolve("COUNTRIES.csv");
        Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
        return file;
    }

    static Countries known() {
        return new Countries(Map.of(CN, "CN", US, "US", VN, "VN", MY, "MY", TH, "TH"));
    }

    static SparkSession session() {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("world screen tests").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }
}
