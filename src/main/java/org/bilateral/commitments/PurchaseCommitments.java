package org.bilateral.commitments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bilateral.engagements.Directory.OrganisationId;
import org.bilateral.engagements.MergeConfirmed;
import org.bilateral.engagements.MergeProposals;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deal register. A deal re-announced (same buyer, same seller, same quantity or value) is the same deal with one
 * more source; the same buyer and seller with a different quantity may be a revision or a new deal, so the merge is
 * proposed, and totals never count a proposed duplicate twice because it stays a separate row until confirmed.
 */
@Service
public class PurchaseCommitments {

    public record DealId(long value) {
    }

    public record RecordCommitment(OrganisationId buyer, OrganisationId seller, String item, Long quantity, String unit,
                                   Double valueUsd, Double valueLowUsd, Double valueHighUsd, String instrument,
                                   LocalDate reportedOn, long pressReleaseId, String source, String evidence) {
        public RecordCommitment {
            Objects.requireNonNull(buyer, "a commitment needs its buyer");
            if (item == null || item.isBlank()) {
                throw new IllegalArgumentException("a commitment needs the goods bought");
            }
            if (quantity != null && quantity <= 0 || valueUsd != null && valueUsd <= 0) {
                throw new IllegalArgumentException("a quantity or value must be positive");
            }
            instrument = instrument == null ? "announcement" : instrument;
        }
    }

    public record Source(long pressReleaseId, String name, LocalDate reportedOn, String evidence) {
    }

    public record Deal(long id, long buyerId, String buyer, Long sellerId, String seller, String item, Long quantity, String unit,
                       BigDecimal valueUsd, BigDecimal valueLowUsd, BigDecimal valueHighUsd, String instrument, LocalDate firstReported,
                       List<Source> sources) {
    }

    private final JdbcClient jdbc;
    private final MergeProposals merges;

    PurchaseCommitments(JdbcClient jdbc, MergeProposals merges) {
        this.jdbc = jdbc;
        this.merges = merges;
    }

    @Transactional
    public DealId record(RecordCommitment c) {
        Long seller = c.seller() == null ? null : c.seller().value();
        List<Deal> sameParties = jdbc.sql("""
                        select id from deal where buyer_id = :b and (seller_id is null or cast(:s as bigint) is null or seller_id = :s)
                        order by id""")
                .param("b", c.buyer().value()).param("s", seller).query(Long.class).list()
                .stream().map(this::deal).flatMap(Optional::stream).toList();
        Long same = null;
        Long likely = null;
        for (Deal d : sameParties) {
            boolean sameQuantity = c.quantity() != null && c.quantity().equals(d.quantity());
            boolean sameValue = c.quantity() == null && d.quantity() == null && c.valueUsd() != null && d.valueUsd() != null
                    && Math.abs(d.valueUsd().doubleValue() - c.valueUsd()) <= 0.1 * c.valueUsd();
            if (sameQuantity || sameValue) {
                same = d.id();
                break;
            }
            if (likely == null && Objects.equals(c.unit(), d.unit())) {
                likely = d.id();
            }
        }
        long id;
        if (same != null) {
            id = same;
            jdbc.sql("""
                            update deal set seller_id = coalesce(seller_id, :s), value_usd = coalesce(value_usd, :v),
                                   value_low_usd = coalesce(value_low_usd, :lo), value_high_usd = coalesce(value_high_usd, :hi),
                                   instrument = case when :i = 'announcement' then instrument else :i end,
                                   first_reported = least(first_reported, :d) where id = :id""")
                    .param("s", seller).param("v", c.valueUsd()).param("lo", c.valueLowUsd()).param("hi", c.valueHighUsd())
                    .param("i", c.instrument()).param("d", c.reportedOn()).param("id", id).update();
        } else {
            id = jdbc.sql("""
                            insert into deal (buyer_id, seller_id, item, quantity, unit, value_usd, value_low_usd, value_high_usd, instrument, first_reported)
                            values (:b, :s, :item, :q, :u, :v, :lo, :hi, :i, :d) returning id""")
                    .param("b", c.buyer().value()).param("s", seller).param("item", c.item()).param("q", c.quantity()).param("u", c.unit())
                    .param("v", c.valueUsd()).param("lo", c.valueLowUsd()).param("hi", c.valueHighUsd()).param("i", c.instrument())
                    .param("d", c.reportedOn()).query(Long.class).single();
            if (likely != null) {
                merges.propose("deal", likely, id, "same buyer and seller, a different quantity or value: a revision or a second deal?");
            }
        }
        jdbc.sql("""
                        insert into deal_source (deal_id, press_release_id, source, reported_on, evidence) values (:id, :doc, :s, :d, :e)
                        on conflict do nothing""")
                .param("id", id).param("doc", c.pressReleaseId()).param("s", c.source()).param("d", c.reportedOn()).param("e", c.evidence())
                .update();
        return new DealId(id);
    }

    public List<Deal> deals() {
        return jdbc.sql("select id from deal order by first_reported nulls last, id").query(Long.class).list()
                .stream().map(this::deal).flatMap(Optional::stream).toList();
    }

    public Optional<Deal> deal(long id) {
        return jdbc.sql("""
                        select d.id, d.buyer_id, b.name, d.seller_id, s.name, d.item, d.quantity, d.unit, d.value_usd, d.value_low_usd,
                               d.value_high_usd, d.instrument, d.first_reported
                        from deal d join organisation b on b.id = d.buyer_id left join organisation s on s.id = d.seller_id
                        where d.id = :id""")
                .param("id", id)
                .query((rs, n) -> new Deal(rs.getLong(1), rs.getLong(2), rs.getString(3), (Long) rs.getObject(4), rs.getString(5),
                        rs.getString(6), (Long) rs.getObject(7), rs.getString(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
                        rs.getBigDecimal(11), rs.getString(12), rs.getObject(13, LocalDate.class), sources(id)))
                .optional();
    }

    private List<Source> sources(long id) {
        return jdbc.sql("select press_release_id, source, reported_on, evidence from deal_source where deal_id = :id order by reported_on nulls last")
                .param("id", id)
                .query((rs, n) -> new Source(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4))).list();
    }

    @EventListener
    void on(MergeConfirmed merge) {
        long kept = merge.keptId();
        long gone = merge.mergedId();
        if (merge.subject().equals("organisation")) {
            jdbc.sql("update deal set buyer_id = :k where buyer_id = :m").param("k", kept).param("m", gone).update();
            jdbc.sql("update deal set seller_id = :k where seller_id = :m").param("k", kept).param("m", gone).update();
        } else if (merge.subject().equals("deal")) {
            jdbc.sql("""
                            insert into deal_source (deal_id, press_release_id, source, reported_on, evidence)
                            select :k, press_release_id, source, reported_on, evidence from deal_source where deal_id = :m on conflict do nothing""")
                    .param("k", kept).param("m", gone).update();
            jdbc.sql("delete from deal where id = :m").param("m", gone).update();
        }
    }
}
