package org.bilateral.commitments.targets;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of purchase targets: a target, its covered products and its yearly amounts. */
@Repository
class TargetStore {

    /** A target's row, before its products and amounts are read. */
    private record Head(long id, String code, String name, String buyer, String seller, int baseline, String basis, String counts,
                        @Nullable String note) {
    }

    private final JdbcClient jdbc;

    TargetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> codes() {
        return jdbc.sql("select code from purchase_target order by code").query(String.class).list();
    }

    Optional<PurchaseTarget> target(String code) {
        Optional<Head> head = jdbc.sql("select id, code, name, buyer, seller, baseline_year, basis, counts, note from purchase_target where code = :c")
                .param("c", code)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                        rs.getString(7), rs.getString(8), rs.getString(9))).optional();
        return head.map(h -> new PurchaseTarget(h.code(), h.name(), CountryCode.of(h.buyer()), CountryCode.of(h.seller()), h.baseline(),
                PurchaseTarget.Basis.parse(h.basis()), PurchaseTarget.Counts.parse(h.counts()), products(h.id()), amounts(h.id()), h.note()));
    }

    private List<PurchaseTarget.CoveredProduct> products(long id) {
        return jdbc.sql("select product_group, level, code from purchase_target_product where target_id = :t order by product_group, code")
                .param("t", id)
                .query((rs, n) -> new PurchaseTarget.CoveredProduct(rs.getString(1), HsLevel.parse(rs.getString(2)), rs.getString(3))).list();
    }

    private TreeMap<Integer, BigDecimal> amounts(long id) {
        TreeMap<Integer, BigDecimal> amounts = new TreeMap<>();
        jdbc.sql("select year, amount_usd from purchase_target_amount where target_id = :t").param("t", id)
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getBigDecimal(2))).list().forEach(e -> amounts.put(e.getKey(), e.getValue()));
        return amounts;
    }

    /** Whether a target of this code was there to delete. */
    boolean delete(String code) {
        return jdbc.sql("delete from purchase_target where code = :c").param("c", code).update() > 0;
    }

    /** Stores a target in place of any of its code. */
    void replace(PurchaseTarget t, String by) {
        delete(t.code());
        long id = jdbc.sql("""
                        insert into purchase_target (code, name, buyer, seller, baseline_year, basis, counts, note, defined_by)
                        values (:code, :name, :b, :s, :y, :basis, :counts, :note, :by) returning id""")
                .param("code", t.code()).param("name", t.name()).param("b", t.buyer().value()).param("s", t.seller().value())
                .param("y", t.baselineYear()).param("basis", t.basis().code()).param("counts", t.counts().code()).param("note", t.note())
                .param("by", by).query(Long.class).single();
        for (PurchaseTarget.CoveredProduct p : t.products()) {
            jdbc.sql("insert into purchase_target_product (target_id, product_group, level, code) values (:t, :g, :l, :c)")
                    .param("t", id).param("g", p.group()).param("l", p.level().label()).param("c", p.code()).update();
        }
        t.amounts().forEach((year, amount) -> jdbc.sql("insert into purchase_target_amount (target_id, year, amount_usd) values (:t, :y, :a)")
                .param("t", id).param("y", year).param("a", amount).update());
    }
}
