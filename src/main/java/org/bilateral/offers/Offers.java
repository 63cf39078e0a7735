package org.bilateral.offers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.Said;
import org.bilateral.tariffs.Schedule;
import org.bilateral.tariffs.TariffSchedules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case: the offers an analyst builds, saved and audited; read from and written to offer files. An offer is checked
 * whole against the schedule in force on its day before anything is stored: a refused offer changes nothing.
 */
@Service
public class Offers {

    /** The source a refusal of an offer from a form or a request names. */
    static final String OFFER = "offer";

    private final OfferStore store;
    private final TariffSchedules schedules;
    private final AuditTrail audit;
    private final Clock clock;

    Offers(OfferStore store, TariffSchedules schedules, AuditTrail audit) {
        this.store = store;
        this.schedules = schedules;
        this.audit = audit;
        this.clock = Clock.systemUTC();
    }

    /** Every offer, by name. */
    @Transactional(readOnly = true)
    public List<Offer> all() {
        return store.all();
    }

    @Transactional(readOnly = true)
    public Offer existing(OfferId id) {
        return store.offer(id.value()).orElseThrow(() -> new NotFound(NotFound.Thing.OFFER, id.value()));
    }

    @Transactional
    public Offer create(OfferDraft draft, String user) {
        OfferDraft clean = checked(draft, null);
        long id = store.insert(clean, scheduleOn(clean), user, now());
        Offer created = existing(new OfferId(id));
        audit.record(user, "offer created", "offer " + id, null, created.draft());
        return created;
    }

    @Transactional
    public Offer update(OfferId id, OfferDraft draft, String user) {
        Offer before = existing(id);
        OfferDraft clean = checked(draft, id);
        store.update(id.value(), clean, scheduleOn(clean), user, now());
        Offer after = existing(id);
        audit.record(user, "offer changed", "offer " + id.value(), before.draft(), after.draft());
        return after;
    }

    @Transactional
    public void delete(OfferId id, String user) {
        Offer before = existing(id);
        store.delete(id.value());
        audit.record(user, "offer deleted", "offer " + id.value(), before.draft(), null);
    }

    /**
     * Reads an offer file, refused by file, line and field: by its own rules, and by the schedule in force on its day
     * when one is held (saving and pricing check it again, and refuse an offer whose day has none).
     */
    public OfferDraft read(String fileName, String yaml) {
        OfferFile.Read read = OfferFile.read(fileName, yaml);
        schedules.inForceOn(scheduleOn(read.draft())).ifPresent(schedule -> OfferRules.refuseAny(
                OfferRules.scheduleProblems(fileName, read.draft(), schedule, schedules, read::line)));
        return read.draft();
    }

    /** The offer's file, as {@link #read} reads it back, for download. */
    public String yaml(Offer offer) {
        return OfferFile.write(offer.draft());
    }

    /**
     * The draft as it will be stored (name and note stripped), refused by its own rules, by the schedule in force on its
     * day, and by a name another offer has.
     */
    private OfferDraft checked(OfferDraft draft, @org.jspecify.annotations.Nullable OfferId self) {
        String note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
        OfferDraft clean = new OfferDraft(draft.name().strip(), note, draft.scheduleOn(), draft.elasticities(), draft.parts());
        List<InputProblem> problems = new ArrayList<>(OfferRules.ownProblems(OFFER, clean, f -> null));
        if (!clean.name().isEmpty()) {
            store.named(clean.name()).filter(other -> !other.equals(self)).ifPresent(other -> problems.add(
                    new InputProblem(OFFER, null, "name", Said.of("refusal.offers.nameTaken", clean.name()))));
        }
        OfferRules.refuseAny(problems);
        LocalDate day = scheduleOn(clean);
        // no schedule in force that day is the offer's field refused, not a page not found: the form keeps what was typed
        Schedule schedule = schedules.inForceOn(day).orElseThrow(() -> new InvalidInput(List.of(new InputProblem(OFFER, null,
                "schedule-on", Said.of("refusal.offers.noScheduleOn", day.toString())))));
        OfferRules.refuseAny(OfferRules.scheduleProblems(OFFER, clean, schedule, schedules, f -> null));
        return clean;
    }

    private LocalDate scheduleOn(OfferDraft draft) {
        return draft.scheduleOn() != null ? draft.scheduleOn() : LocalDate.now(clock);
    }

    /** To the microsecond, as PostgreSQL keeps it, so that what was saved reads back equal. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
