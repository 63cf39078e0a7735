package org.bilateral.risk;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.bilateral.engagements.Engagements;
import org.bilateral.engagements.WatchedAtEngagement;
import org.bilateral.identity.AuditTrail;
import org.bilateral.policy.Asks;
import org.bilateral.policy.WatchedProducts;
import org.bilateral.reference.Nomenclature;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The products the team follows, marked from a screen with a note, the ask each bears on and the engagement it was
 * raised at, where they do: what to have an answer ready for before the other side raises it.
 */
@Service
public class WatchList implements WatchedProducts, WatchedAtEngagement {

    /**
     * A product followed: its triangle, its code and name, why, the ask it bears on, the engagement citing it, who marked
     * it and when.
     */
    public record Watched(long id, Triangle triangle, String code, String label, String note, Long ask, Long engagement,
                          String markedBy, Instant markedAt) {

        /** The product's own page. */
        public String link() {
            return "/risk/products/" + code + "?origin=" + triangle.origin().value() + "&hub=" + triangle.hub().value()
                    + "&destination=" + triangle.destination().value();
        }
    }

    /** A product to follow; marking it again replaces its note, ask and engagement. */
    public record Watch(Triangle triangle, HsCode code, String note, String ask, Long engagement) {
        public Watch {
            if (triangle == null || code == null) {
                throw new InvalidInput("watch", "name the triangle and the product");
            }
            if (code.level() > 6) {
                throw new InvalidInput("watch", code + " has " + code.level() + " digits: watch chapters, headings or subheadings");
            }
            Limits.textProblem(note).ifPresent(p -> {
                throw new InvalidInput("note", p);
            });
            note = note == null || note.isBlank() ? null : note.strip();
            ask = ask == null || ask.isBlank() ? null : ask.strip();
            if (engagement != null && engagement <= 0) {
                throw new InvalidInput("engagement", "an engagement's number is 1 or more");
            }
        }
    }

    private final JdbcClient jdbc;
    private final Asks asks;
    private final Engagements engagements;
    private final Nomenclature nomenclature;
    private final AuditTrail audit;

    WatchList(JdbcClient jdbc, Asks asks, Engagements engagements, Nomenclature nomenclature, AuditTrail audit) {
        this.jdbc = jdbc;
        this.asks = asks;
        this.engagements = engagements;
        this.nomenclature = nomenclature;
        this.audit = audit;
    }

    @Transactional
    public Watched watch(Watch w, String markedBy) {
        Long ask = null;
        if (w.ask() != null) {
            try {
                ask = asks.ask(Asks.number(w.ask())).id();
            } catch (NotFound e) {
                throw new InvalidInput("ask", "there is no ask " + Limits.shown(w.ask()));
            }
        }
        if (w.engagement() != null && engagements.engagement(w.engagement()).isEmpty()) {
            throw new InvalidInput("engagement", "there is no engagement " + w.engagement());
        }
        Triangle t = w.triangle();
        long id = jdbc.sql("""
                        insert into watched_product (origin, hub, destination, code, note, ask_id, engagement_id, marked_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (origin, hub, destination, code) do update
                        set note = excluded.note, ask_id = excluded.ask_id, engagement_id = excluded.engagement_id,
                            marked_by = excluded.marked_by, marked_at = now()
                        returning id""")
                .params(t.origin().value(), t.hub().value(), t.destination().value(), w.code().digits(), w.note(), ask,
                        w.engagement(), markedBy)
                .query(Long.class).single();
        audit.record("product watched", t + " " + w.code(), null, w);
        return list().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    @Transactional
    public void unwatch(Triangle t, HsCode code) {
        int removed = jdbc.sql("delete from watched_product where origin = ? and hub = ? and destination = ? and code = ?")
                .params(t.origin().value(), t.hub().value(), t.destination().value(), code.digits()).update();
        if (removed == 0) {
            throw new NotFound(NotFound.Thing.WATCHED_PRODUCT, code, t);
        }
        audit.record("product no longer watched", t + " " + code, code.digits(), null);
    }

    /** Every product followed, newest first. */
    public List<Watched> list() {
        return jdbc.sql("""
                        select id, origin, hub, destination, code, note, ask_id, engagement_id, marked_by, marked_at
                        from watched_product order by marked_at desc, id desc""")
                .query((rs, n) -> new Watched(rs.getLong(1), new Triangle(CountryCode.of(rs.getString(2)), CountryCode.of(rs.getString(3)),
                        CountryCode.of(rs.getString(4))), rs.getString(5), nomenclature.description(rs.getString(5))
                        .orElse("(national or special code)"), rs.getString(6), (Long) rs.getObject(7), (Long) rs.getObject(8),
                        rs.getString(9), rs.getObject(10, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The products watched that bear on an ask, for the ask's page. */
    @Override
    public List<WatchedProducts.Citation> citing(long askId) {
        return list().stream().filter(w -> w.ask() != null && w.ask() == askId)
                .map(w -> new WatchedProducts.Citation(w.code(), w.label(), w.triangle().toString(), w.note(), w.link())).toList();
    }

    /** The products watched that an engagement cites, for the engagement's page. */
    @Override
    public List<WatchedAtEngagement.Citation> citingAt(long engagementId) {
        return list().stream().filter(w -> w.engagement() != null && w.engagement() == engagementId)
                .map(w -> new WatchedAtEngagement.Citation(w.code(), w.label(), w.triangle().toString(), w.note(), w.link())).toList();
    }

}
