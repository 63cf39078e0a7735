package org.bilateral.offers;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bilateral.shared.HsCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of offers: an offer, its parts, their codes and phases. */
@Repository
class OfferStore {

    private record Head(long id, String name, @Nullable String note, LocalDate scheduleOn, BigDecimal importDemand,
                        BigDecimal substitution, String updatedBy, Instant updatedAt) {
    }

    private record PartRow(long offer, int position, String scope, @Nullable BigDecimal ceiling) {
    }

    private record CodeRow(long offer, int part, String code) {
    }

    private record PhaseRow(long offer, int part, int year, BigDecimal rate) {
    }

    private static final String HEAD = "select id, name, note, schedule_on, import_demand, substitution, updated_by, updated_at from offer";

    private final JdbcClient jdbc;

    OfferStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Offer> all() {
        return offers(jdbc.sql(HEAD + " order by lower(name), id").query(OfferStore::head).list());
    }

    Optional<Offer> offer(long id) {
        return offers(jdbc.sql(HEAD + " where id = :id").param("id", id).query(OfferStore::head).list()).stream().findFirst();
    }

    /** The offer of this name, whatever its case. */
    Optional<OfferId> named(String name) {
        return jdbc.sql("select id from offer where lower(name) = lower(:n)").param("n", name).query(Long.class).optional()
                .map(OfferId::new);
    }

    long insert(OfferDraft draft, LocalDate scheduleOn, String by, Instant at) {
        long id = jdbc.sql("""
                        insert into offer (name, note, schedule_on, import_demand, substitution, updated_by, updated_at)
                        values (:name, :note, :day, :eta, :sigma, :by, :at) returning id""")
                .param("name", draft.name()).param("note", draft.note()).param("day", scheduleOn)
                .param("eta", draft.elasticities().importDemand()).param("sigma", draft.elasticities().substitution())
                .param("by", by).param("at", Timestamp.from(at)).query(Long.class).single();
        insertParts(id, draft.parts());
        return id;
    }

    void update(long id, OfferDraft draft, LocalDate scheduleOn, String by, Instant at) {
        jdbc.sql("""
                        update offer set name = :name, note = :note, schedule_on = :day, import_demand = :eta, substitution = :sigma,
                        updated_by = :by, updated_at = :at where id = :id""")
                .param("id", id).param("name", draft.name()).param("note", draft.note()).param("day", scheduleOn)
                .param("eta", draft.elasticities().importDemand()).param("sigma", draft.elasticities().substitution())
                .param("by", by).param("at", Timestamp.from(at)).update();
        jdbc.sql("delete from offer_part where offer_id = :id").param("id", id).update();
        insertParts(id, draft.parts());
    }

    boolean delete(long id) {
        return jdbc.sql("delete from offer where id = :id").param("id", id).update() > 0;
    }

    private void insertParts(long id, List<Part> parts) {
        for (int p = 0; p < parts.size(); p++) {
            Selection s = parts.get(p).selection();
            jdbc.sql("insert into offer_part (offer_id, position, scope, mfn_at_or_below) values (:o, :p, :scope, :ceiling)")
                    .param("o", id).param("p", p).param("scope", s.scope().code()).param("ceiling", s.mfnAtOrBelowPercent()).update();
            for (int c = 0; c < s.codes().size(); c++) {
                jdbc.sql("insert into offer_part_code (offer_id, part, position, code) values (:o, :p, :c, :code)")
                        .param("o", id).param("p", p).param("c", c).param("code", s.codes().get(c).digits()).update();
            }
            List<Phase> phases = parts.get(p).phases();
            for (int f = 0; f < phases.size(); f++) {
                jdbc.sql("insert into offer_phase (offer_id, part, position, year, rate) values (:o, :p, :f, :y, :r)")
                        .param("o", id).param("p", p).param("f", f).param("y", phases.get(f).year())
                        .param("r", phases.get(f).ratePercent()).update();
            }
        }
    }

    /** The heads' parts, codes and phases, read in three queries however many offers there are. */
    private List<Offer> offers(List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        List<Long> ids = heads.stream().map(Head::id).toList();
        List<PartRow> parts = jdbc.sql("select offer_id, position, scope, mfn_at_or_below from offer_part where offer_id in (:ids) "
                        + "order by offer_id, position").param("ids", ids)
                .query((rs, n) -> new PartRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getBigDecimal(4))).list();
        Map<String, List<HsCode>> codes = new HashMap<>();
        jdbc.sql("select offer_id, part, code from offer_part_code where offer_id in (:ids) order by offer_id, part, position")
                .param("ids", ids).query((rs, n) -> new CodeRow(rs.getLong(1), rs.getInt(2), rs.getString(3))).list()
                .forEach(c -> codes.computeIfAbsent(c.offer() + "/" + c.part(), k -> new ArrayList<>()).add(HsCode.of(c.code())));
        Map<String, List<Phase>> phases = new HashMap<>();
        jdbc.sql("select offer_id, part, year, rate from offer_phase where offer_id in (:ids) order by offer_id, part, position")
                .param("ids", ids).query((rs, n) -> new PhaseRow(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4))).list()
                .forEach(f -> phases.computeIfAbsent(f.offer() + "/" + f.part(), k -> new ArrayList<>())
                        .add(new Phase(f.year(), plain(f.rate()))));
        Map<Long, List<Part>> byOffer = new HashMap<>();
        for (PartRow p : parts) {
            String key = p.offer() + "/" + p.position();
            Scope scope = Scope.parse(p.scope());
            if (scope == null) {
                throw new IllegalStateException("offer_part's check admits only the scopes of Scope: " + p.scope());
            }
            BigDecimal ceiling = p.ceiling() == null ? null : plain(p.ceiling());
            byOffer.computeIfAbsent(p.offer(), k -> new ArrayList<>()).add(new Part(
                    new Selection(scope, codes.getOrDefault(key, List.of()), ceiling), phases.getOrDefault(key, List.of())));
        }
        return heads.stream().map(h -> new Offer(new OfferId(h.id()), h.name(), h.note(), h.scheduleOn(),
                new Elasticities(plain(h.importDemand()), plain(h.substitution())), byOffer.getOrDefault(h.id(), List.of()),
                h.updatedBy(), h.updatedAt())).toList();
    }

    /** A stored numeric(…, 2) as written: 1.50 back as 1.5, 5.00 as 5, so that a file written back reads as it came. */
    private static BigDecimal plain(BigDecimal stored) {
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Head head(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getBigDecimal(5),
                rs.getBigDecimal(6), rs.getString(7), rs.getTimestamp(8).toInstant());
    }
}
