package org.bilateral.tradestats.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.bilateral.WorkbenchTest;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;

/** What the importer writes in binary is what the file says, to the last digit, as the server reads it. */
@WorkbenchTest
class BinaryCopyTest {

    @Autowired DataSource dataSource;

    @Test
    void everyDecimalArrivesExactlyAsWritten() throws Exception {
        List<String> values = new ArrayList<>(List.of("0", "0.0", "0.000", "7.", ".5", "0012", "1", "9999", "10000",
                "10001", "99999999", "100000000", "1100.456", "0.0001", "0.00001", "0.000001", "123456789012345.123456",
                "9999999999999999.999999", "5000.10", "1.2E7", "3e-2", "1E+30", "00000.00100"));
        Random random = new Random(20261202);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder v = new StringBuilder();
            int whole = random.nextInt(17);
            for (int d = 0; d < whole; d++) {
                v.append((char) ('0' + random.nextInt(10)));
            }
            int fraction = whole == 0 ? 1 + random.nextInt(6) : random.nextInt(7);
            if (fraction > 0) {
                v.append('.');
                for (int d = 0; d < fraction; d++) {
                    v.append((char) ('0' + (random.nextInt(3) == 0 ? 0 : random.nextInt(10))));
                }
            }
            values.add(v.toString());
        }
        BinaryCopy copy = new BinaryCopy();
        for (int i = 0; i < values.size(); i++) {
            copy.row(3);
            copy.integer(i);
            copy.numeric(values.get(i));
            copy.text(values.get(i));
        }
        copy.end();
        List<String> stored = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("create temp table decimals (n integer, value numeric, written text) on commit drop");
            }
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy decimals from stdin with (format binary)", new ByteArrayInputStream(copy.take()));
            try (var statement = connection.createStatement();
                 var rs = statement.executeQuery("select value::text, value = written::numeric from decimals order by n")) {
                while (rs.next()) {
                    assertThat(rs.getBoolean(2)).as(rs.getString(1)).isTrue();
                    stored.add(rs.getString(1));
                }
            }
            connection.rollback();
        }
        assertThat(stored).containsExactlyElementsOf(values.stream().map(v -> new BigDecimal(v).toPlainString()).toList());
    }

    @Test
    void nullsAndTextKeepTheirPlace() throws Exception {
        BinaryCopy copy = new BinaryCopy();
        copy.row(3);
        copy.numeric(null);
        copy.text(null);
        copy.text("Bộ Công Thương\ttab");
        copy.end();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("create temp table texts (value numeric, a text, b text) on commit drop");
            }
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy texts from stdin with (format binary)", new ByteArrayInputStream(copy.take()));
            try (var statement = connection.createStatement();
                 var rs = statement.executeQuery("select value is null, a is null, b from texts")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBoolean(1)).isTrue();
                assertThat(rs.getBoolean(2)).isTrue();
                assertThat(rs.getString(3)).isEqualTo("Bộ Công Thương\ttab");
            }
            connection.rollback();
        }
    }

    @Test
    void datesSmallNumbersAndListsArriveWhole() throws Exception {
        BinaryCopy copy = new BinaryCopy();
        copy.row(4);
        copy.date(java.time.LocalDate.of(1999, 12, 31));
        copy.smallint(12);
        copy.textArray(List.of("0901", "a \"quoted\", {braced} sector", ""));
        copy.numericArray(List.of(new BigDecimal("1100.456"), new BigDecimal("10009999999999998999.25"), BigDecimal.ZERO));
        copy.end();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("create temp table lists (day date, months smallint, codes text[], amounts numeric[]) on commit drop");
            }
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy lists from stdin with (format binary)", new ByteArrayInputStream(copy.take()));
            try (var statement = connection.createStatement();
                 var rs = statement.executeQuery("select day::text, months, codes[2], cardinality(codes), amounts::text from lists")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("1999-12-31");
                assertThat(rs.getInt(2)).isEqualTo(12);
                assertThat(rs.getString(3)).isEqualTo("a \"quoted\", {braced} sector");
                assertThat(rs.getInt(4)).isEqualTo(3);
                assertThat(rs.getString(5)).isEqualTo("{1100.456,10009999999999998999.25,0}");
            }
            connection.rollback();
        }
    }
}
