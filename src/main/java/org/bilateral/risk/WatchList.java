package org.bilateral.risk;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
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
 * The products the team follows, marked from a screen with a note, and the ask each bears on where one does: what to
 * have an answer ready for before the other side raises it.
 */
@Service
public class WatchList implements WatchedProducts {

    /** A product followed: its triangle, its code and name, why, the ask it bears on, who marked it and when. */
    public record Watched(long id, Triangle triangle, String code, String label, String note, Long ask, String markedBy,
                          Instant markedAt) {

        /** The product's own page. */
        public String link() {
            return "/risk/products/" + code + "?origin=" + triangle.origin().value() + "&hub=" + triangle.hub().value()
                    + "&destination=" + triangle.destination().value();
        }
    }

    /** A product to follow; marking it again replaces its note and ask. */
    public record Watch(Triangle triangle, HsCode code, String note, String ask) {
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
        }
    }

    private final JdbcClient jdbc;
    private final Asks asks;
    private final Nomenclature nomenclature;
    private final AuditTrail audit;

    WatchList(JdbcClient jdbc, Asks asks, Nomenclature nomenclature, AuditTrail audit) {
        this.jdbc = jdbc;
        this.asks = asks;
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
        Triangle t = w.triangle();
        long id = jdbc.sql("""
                        insert into watched_product (origin, hub, destination, code, note, ask_id, marked_by) values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (origin, hub, destination, code) do update
                        set note = excluded.note, ask_id = excluded.ask_id, marked_by = excluded.marked_by, marked_at = now()
                        returning id""")
                .params(t.origin().value(), t.hub().value(), t.destination().value(), w.code().digits(), w.note(), ask, markedBy)
                .query(Long.class).single();
        audit.record("product watched", t + " " + w.code(), null, w);
        return list().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    @Transactional
    public void unwatch(Triangle t, HsCode code) {
        int removed = jdbc.sql("delete from watched_product where origin = ? and hub = ? and destination = ? and code = ?")
                .params(t.origin().value(), t.hub().value(), t.destination().value(), code.digits()).update();
        if (removed == 0) {
            throw new NotFound("watched product " + code + " of " + t);
        }
        audit.record("product no longer watched", t + " " + code, code.digits(), null);
    }

    /** Every product followed, newest first. */
    public List<Watched> list() {
        return jdbc.sql("""
                        select id, origin, hub, destination, code, note, ask_id, marked_by, marked_at from watched_product
                        order by marked_at desc, id desc""")
                .query((rs, n) -> new Watched(rs.getLong(1), new Triangle(CountryCode.of(rs.getString(2)), CountryCode.of(rs.getString(3)),
                        CountryCode.of(rs.getString(4))), rs.getString(5), nomenclature.description(rs.getString(5))
                        .orElse("(national or special code)"), rs.getString(6), (Long) rs.getObject(7), rs.getString(8),
                        rs.getObject(9, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The products watched that bear on an ask, for the ask's page. */
    @Override
    public List<Citation> citing(long askId) {
        return list().stream().filter(w -> w.ask() != null && w.ask() == askId)
                .map(w -> new Citation(w.code(), w.label(), w.triangle().toString(), w.note(), w.link())).toList();
    }

}
