package org.bilateral.worldjob.store;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * The Parquet files of {@code flows}: the schema of WORLD-SPEC §1 (year and reporter come from the folder, as Spark's
 * partition discovery reads them) and a writer that hands each row's columns straight to Parquet, without building an
 * intermediate record. Decimals are DECIMAL(38,6) in 16-byte fixed-length arrays, the form Spark itself writes for that
 * precision, so Spark reads them as decimal(38,6).
 */
public final class FlowsParquet {

    public static final MessageType SCHEMA = Types.buildMessage()
            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("flow")
            .required(PrimitiveTypeName.INT32).named("partner")
            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("cmd")
            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("classification")
            .required(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY).length(16).as(LogicalTypeAnnotation.decimalType(6, 38)).named("value")
            .optional(PrimitiveTypeName.INT32).named("qty_unit")
            .optional(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY).length(16).as(LogicalTypeAnnotation.decimalType(6, 38)).named("qty")
            .named("flows");

    /** Small row groups: an import holds one writer open per partition it touches, each buffering one group. */
    private static final int ROW_GROUP_BYTES = 16 * 1024 * 1024;

    private FlowsParquet() {
    }

    static ParquetWriter<FlowRow> writer(Path path, Configuration conf) throws IOException {
        return new Builder(HadoopOutputFile.fromPath(path, conf)).withConf(conf)
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .withRowGroupSize((long) ROW_GROUP_BYTES)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .build();
    }

    private static final class Builder extends ParquetWriter.Builder<FlowRow, Builder> {
        Builder(org.apache.parquet.io.OutputFile file) {
            super(file);
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<FlowRow> getWriteSupport(Configuration conf) {
            return new RowWriteSupport();
        }
    }

    private static final class RowWriteSupport extends WriteSupport<FlowRow> {
        /** The four flows and seven classifications, encoded once rather than on every row. */
        private static final java.util.Map<String, Binary> CONSTANTS = constants("M", "X", "RM", "RX", "H0", "H1", "H2", "H3",
                "H4", "H5", "H6", "TOTAL");
        private RecordConsumer out;

        @Override
        public WriteContext init(Configuration configuration) {
            return new WriteContext(SCHEMA, Map.of());
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.out = recordConsumer;
        }

        @Override
        public void write(FlowRow row) {
            out.startMessage();
            field(0, "flow", text(row.flow()));
            out.startField("partner", 1);
            out.addInteger(row.partner());
            out.endField("partner", 1);
            field(2, "cmd", text(row.cmd()));
            field(3, "classification", text(row.classification()));
            field(4, "value", decimal(row.value()));
            if (row.qtyUnit() != null) {
                out.startField("qty_unit", 5);
                out.addInteger(row.qtyUnit());
                out.endField("qty_unit", 5);
            }
            if (row.qty() != null) {
                field(6, "qty", decimal(row.qty()));
            }
            out.endMessage();
        }

        private static Binary text(String value) {
            Binary constant = CONSTANTS.get(value);
            return constant != null ? constant : Binary.fromString(value);
        }

        private static java.util.Map<String, Binary> constants(String... values) {
            java.util.Map<String, Binary> map = new java.util.HashMap<>();
            for (String v : values) {
                map.put(v, Binary.fromConstantByteArray(v.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            return map;
        }

        private void field(int index, String name, Binary value) {
            out.startField(name, index);
            out.addBinary(value);
            out.endField(name, index);
        }
    }

    /** The decimal's unscaled value at scale 6 as 16 bytes, big-endian two's complement (Parquet's DECIMAL encoding). */
    static Binary decimal(BigDecimal value) {
        BigInteger unscaled = value.setScale(6, java.math.RoundingMode.UNNECESSARY).unscaledValue();
        byte[] bytes = new byte[16];
        if (unscaled.bitLength() < 63) {
            long v = unscaled.longValue();
            for (int i = 15; i >= 8; i--) {
                bytes[i] = (byte) v;
                v >>= 8;
            }
            if (unscaled.signum() < 0) {
                java.util.Arrays.fill(bytes, 0, 8, (byte) 0xff);
            }
        } else {
            byte[] minimal = unscaled.toByteArray();
            byte pad = unscaled.signum() < 0 ? (byte) 0xff : 0;
            java.util.Arrays.fill(bytes, 0, 16 - minimal.length, pad);
            System.arraycopy(minimal, 0, bytes, 16 - minimal.length, minimal.length);
        }
        return Binary.fromConstantByteArray(bytes);
    }
}
