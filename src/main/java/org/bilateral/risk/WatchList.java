package org.bilateral.risk;

import java.time.Instant;
import java.util.List;
import org.bilateral.engagements.Engagements;
import org.bilateral.engagements.WatchedAtEngagement;
import org.bilateral.identity.AuditTrail;
import org.bilateral.policy.Asks;
import org.bilateral.policy.WatchedProducts;
import org.bilateral.reference.Nomenclature;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
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
    public record Watched(long id, Triangle triangle, String code, String label, @Nullable String note, @Nullable Long ask,
                          @Nullable Long engagement,
                          String markedBy, Instant markedAt) {

        /** The product's own page. */
        public String link() {
            return "/risk/products/" + code + "?origin=" + triangle.origin().value() + "&hub=" + triangle.hub().value()
                    + "&destination=" + triangle.destination().value();
        }
    }

    /** A product to follow; marking it again replaces its note, ask and engagement. */
    public record Watch(Triangle triangle, HsCode code, @Nullable String note, @Nullable String ask, @Nullable Long engagement) {
        public Watch {
            if (triangle == null || code == null) {
                throw new InvalidInput(Said.of("refusal.where.watch"), Said.of("refusal.risk.nameWatch"));
            }
            if (code.level() > 6) {
                throw new InvalidInput(Said.of("refusal.where.watch"), Said.of("refusal.risk.watchTooFine", String.valueOf(code), String.valueOf(code.level())));
            }
            Limits.textSaid(note).ifPresent(p -> {
                throw new InvalidInput("note", p);
            });
            note = note == null || note.isBlank() ? null : note.strip();
            ask = ask == null || ask.isBlank() ? null : ask.strip();
            if (engagement != null && engagement <= 0) {
                throw new InvalidInput("engagement", Said.of("refusal.risk.engagementNumber"));
            }
        }
    }

    private final WatchStore store;
    private final Asks asks;
    private final Engagements engagements;
    private final Nomenclature nomenclature;
    private final AuditTrail audit;

    WatchList(WatchStore store, Asks asks, Engagements engagements, Nomenclature nomenclature, AuditTrail audit) {
        this.store = store;
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
                throw new InvalidInput("ask", Said.of("refusal.risk.noAsk", Limits.shown(w.ask())));
            }
        }
        if (w.engagement() != null && engagements.engagement(w.engagement()).isEmpty()) {
            throw new InvalidInput("engagement", Said.of("refusal.risk.noEngagement", String.valueOf(w.engagement())));
        }
        Triangle t = w.triangle();
        long id = store.upsert(t, w.code(), w.note(), ask, w.engagement(), markedBy);
        audit.record("product watched", t + " " + w.code(), null, w);
        return list().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    @Transactional
    public void unwatch(Triangle t, HsCode code) {
        int removed = store.delete(t, code);
        if (removed == 0) {
            throw new NotFound(NotFound.Thing.WATCHED_PRODUCT, code, t);
        }
        audit.record("product no longer watched", t + " " + code, code.digits(), null);
    }

    /** Every product followed, newest first. */
    public List<Watched> list() {
        return store.list().stream().map(r -> new Watched(r.id(), r.triangle(), r.code(),
                nomenclature.describe(r.code()), r.note(), r.ask(), r.engagement(),
                r.markedBy(), r.markedAt())).toList();
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
