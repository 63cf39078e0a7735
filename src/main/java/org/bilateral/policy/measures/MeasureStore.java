package org.bilateral.policy.measures;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bilateral.shared.CountryCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind the orders and the tariff history the workbench keeps, their revisions and which reference file's rows
 * are held. Every method runs in the caller's transaction.
 */
@Repository
class MeasureStore {

    /** Rows added after the files' rows sort after them, however the files grow. */
    static final int LATER_ROWS = 100_000;

    private final JdbcClient jdbc;

    MeasureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for any other loading of the same file, for the rest of the transaction. */
    void lock(String file) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:file))").param("file", "measure " + file).query(Object.class).list();
    }

    boolean loaded(String file) {
        return jdbc.sql("select exists (select 1 from measure_file_load where file = :file)").param("file", file)
                .query(Boolean.class).single();
    }

    void markLoaded(String file, String location, int rows) {
        jdbc.sql("""
                insert into measure_file_load (file, location, rows_read) values (:file, :location, :rows)
                on conflict (file) do update set location = excluded.location, rows_read = excluded.rows_read, loaded_at = now()""")
                .param("file", file).param("location", location).param("rows", rows).update();
    }

    void forget(String file) {
        jdbc.sql("delete from measure_file_load where file = :file").param("file", file).update();
    }

    // ---- orders

    void deleteReferenceOrders(CountryCode partner) {
        jdbc.sql("delete from adcvd_order where partner = :partner and origin = 'reference'").param("partner", partner.value()).update();
    }

    /** Adds an order; answers false when the partner holds that case number already (it is left as it is). */
    boolean insertOrder(CountryCode partner, HeldOrder o, @Nullable Integer position, String actor) {
        return jdbc.sql("""
                insert into adcvd_order (partner, case_number, kind, product, order_date, hts_codes, source_url, hts_source_url,
                    status_evidence, note, origin, position, entered_by)
                values (:partner, :caseNumber, :kind, :product, :orderDate, :codes, :sourceUrl, :htsSourceUrl, :statusEvidence, :note,
                    :origin, coalesce(:position, (select greatest(:later, coalesce(max(position), 0) + 1) from adcvd_order
                                                  where partner = :partner)), :actor)
                on conflict (partner, case_number) do nothing""")
                .param("partner", partner.value()).param("caseNumber", o.order().caseNumber()).param("kind", o.order().kind().name())
                .param("product", o.order().product()).param("orderDate", o.order().orderDate())
                .param("codes", String.join(" ", o.order().codes().stream().map(HtsNumber::printed).toList()))
                .param("sourceUrl", o.order().sourceUrl()).param("htsSourceUrl", o.htsSourceUrl())
                .param("statusEvidence", o.statusEvidence()).param("note", o.order().note()).param("origin", o.origin())
                .param("position", position).param("later", LATER_ROWS).param("actor", actor).update() == 1;
    }

    void setStatusEvidence(CountryCode partner, String caseNumber, String evidence) {
        jdbc.sql("update adcvd_order set status_evidence = :evidence where partner = :partner and case_number = :caseNumber")
                .param("evidence", evidence).param("partner", partner.value()).param("caseNumber", caseNumber).update();
    }

    List<HeldOrder> orders(CountryCode partner) {
        return jdbc.sql(ORDER_COLUMNS + " where partner = :partner order by position, case_number").param("partner", partner.value())
                .query(MeasureStore::order).list();
    }

    Optional<HeldOrder> order(CountryCode partner, String caseNumber) {
        return jdbc.sql(ORDER_COLUMNS + " where partner = :partner and case_number = :caseNumber").param("partner", partner.value())
                .param("caseNumber", caseNumber).query(MeasureStore::order).optional();
    }

    private static final String ORDER_COLUMNS = """
            select case_number, kind, product, order_date, hts_codes, source_url, note, hts_source_url, status_evidence, origin,
                   entered_at, entered_by from adcvd_order""";

    private static HeldOrder order(ResultSet rs, int row) throws SQLException {
        List<HtsNumber> codes = new ArrayList<>();
        for (String printed : rs.getString("hts_codes").split(" ")) {
            if (!printed.isEmpty()) {
                // written only after HtsNumber.parse accepted it
                codes.add(HtsNumber.parse(printed).orElseThrow(() -> new IllegalStateException("a held HTS number " + printed + " is not one")));
            }
        }
        return new HeldOrder(new AntidumpingOrder(rs.getString("case_number"), AntidumpingOrder.Kind.valueOf(rs.getString("kind")),
                rs.getString("product"), rs.getObject("order_date", LocalDate.class), List.copyOf(codes), rs.getString("source_url"),
                rs.getString("note")), rs.getString("hts_source_url"), rs.getString("status_evidence"), rs.getString("origin"),
                rs.getTimestamp("entered_at").toInstant(), rs.getString("entered_by"));
    }

    // ---- tariff actions

    void deleteReferenceActions(CountryCode partner) {
        jdbc.sql("delete from tariff_action where partner = :partner and origin = 'reference'").param("partner", partner.value()).update();
    }

    /** Adds an action; answers its number, or empty when one of that day, instrument and scope is held already. */
    Optional<Long> insertAction(CountryCode partner, TariffAction a, String origin, @Nullable Integer position, String actor) {
        return jdbc.sql("""
                insert into tariff_action (partner, effective_date, rate_percent, applies_to, instrument, source_url, note, origin,
                    position, entered_by)
                values (:partner, :effective, :rate, :appliesTo, :instrument, :sourceUrl, :note, :origin,
                    coalesce(:position, (select greatest(:later, coalesce(max(position), 0) + 1) from tariff_action
                                         where partner = :partner)), :actor)
                on conflict (partner, effective_date, instrument, applies_to) do nothing returning id""")
                .param("partner", partner.value()).param("effective", a.effective()).param("rate", a.ratePercent())
                .param("appliesTo", a.appliesTo()).param("instrument", a.instrument()).param("sourceUrl", a.sourceUrl())
                .param("note", a.note()).param("origin", origin).param("position", position).param("later", LATER_ROWS)
                .param("actor", actor).query(Long.class).optional();
    }

    List<TariffAction> actions(CountryCode partner) {
        return jdbc.sql("""
                select effective_date, rate_percent, applies_to, instrument, source_url, note from tariff_action
                where partner = :partner order by position, id""").param("partner", partner.value())
                .query((rs, row) -> {
                    BigDecimal rate = rs.getBigDecimal("rate_percent");
                    String appliesTo = rs.getString("applies_to");
                    return new TariffAction(rs.getObject("effective_date", LocalDate.class), rate, appliesTo, rs.getString("instrument"),
                            rs.getString("source_url"), rs.getString("note"), TariffAction.Kind.of(rate, appliesTo));
                }).list();
    }

    // ---- revisions

    void revision(CountryCode partner, String subject, String origin, String source, String actor, @Nullable String before, @Nullable String after) {
        jdbc.sql("""
                insert into measure_revision (partner, subject, origin, source, revised_by, before_row, after_row)
                values (:partner, :subject, :origin, :source, :actor, :before, :after)""")
                .param("partner", partner.value()).param("subject", subject).param("origin", origin).param("source", source)
                .param("actor", actor).param("before", before).param("after", after).update();
    }

    List<Measures.Revision> revisions(CountryCode partner, String subject) {
        return jdbc.sql("""
                select subject, origin, source, revised_at, revised_by, before_row, after_row from measure_revision
                where partner = :partner and subject = :subject order by revised_at, id""")
                .param("partner", partner.value()).param("subject", subject)
                .query((rs, row) -> new Measures.Revision(rs.getString("subject"), rs.getString("origin"), rs.getString("source"),
                        rs.getTimestamp("revised_at").toInstant(), rs.getString("revised_by"), rs.getString("before_row"),
                        rs.getString("after_row"))).list();
    }
}
