package org.bilateral.policy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.Period;
import org.bilateral.shared.StateConflict;
import org.bilateral.shared.TextFiles;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The asks on the table: what each side asks of the other, by topic, where each stands, and the dated positions taken
 * on it, with who said what, where and in whose words. Filled from an asks file (all rows or none; importing it again
 * adds nothing).
 */
@Service
public class Asks {

    private final AskStore store;
    private final AuditTrail audit;

    Asks(AskStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    /** One position taken on an ask: when, who, where, in which words, and what it came from. */
    public record Position(LocalDate saidOn, @Nullable String who, @Nullable String whereSaid, @Nullable String sourceUrl,
                           @Nullable String quote, @Nullable String answer, @Nullable String note, @Nullable String source) {
    }

    /** An ask with its positions, oldest first. */
    public record Ask(long id, CountryCode side, CountryCode addressee, PolicyTopic topic, String statement,
                      AskStatus status, List<Position> positions, @Nullable String statementVi) {

        /** An ask stated in English only. */
        public Ask(long id, CountryCode side, CountryCode addressee, PolicyTopic topic, String statement, AskStatus status,
                   List<Position> positions) {
            this(id, side, addressee, topic, statement, status, positions, null);
        }

        /** The latest position: where the ask was last stated. */
        public Optional<Position> latest() {
            return positions.isEmpty() ? Optional.empty() : Optional.of(positions.get(positions.size() - 1));
        }
    }

    /** An ask's number as people write it, "A3" or "3"; not found when it is neither. */
    public static long number(@Nullable String text) {
        String digits = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT).replaceFirst("^A", "");
        if (!digits.matches("\\d{1,18}")) {
            throw new NotFound(NotFound.Thing.ASK, text == null ? "" : text);
        }
        return Long.parseLong(digits);
    }

    /** The largest asks file taken: the talks' file is 11 KB, and any list of asks far less than this. */
    public static final long LARGEST_FILE = 8L << 20;

    /** What an import did: asks opened, positions added, rows that were there already. */
    public record Imported(String fileName, int rows, int asksOpened, int positionsAdded, int unchanged) {
    }

    /** Imports every row of an asks file (UTF-8, or refused by its name), or none when any is wrong. */
    @Transactional
    public Imported importFile(Path file, String fileName) {
        AsksFile.Result read = TextFiles.read(file, fileName, in -> AsksFile.read(in, fileName));
        if (!read.problems().isEmpty()) {
            throw new InvalidInput(read.problems());
        }
        List<CountryCode> sides = new ArrayList<>(read.sides());
        int opened = 0;
        int added = 0;
        int unchanged = 0;
        for (AsksFile.Row row : read.rows()) {
            CountryCode addressee = row.side().equals(sides.get(0)) ? sides.get(1) : sides.get(0);
            Optional<Long> existing = store.keptFor(row.side(), addressee, row.ask());
            long id;
            if (existing.isPresent()) {
                id = existing.get();
            } else {
                id = store.insert(row.side(), addressee, row.topic(), row.ask());
                opened++;
            }
            // a translation given in the file fills an ask without one; one on record already is not overwritten by a row
            if (row.statementVi() != null) {
                store.setStatementViWhereNone(id, row.statementVi());
            }
            // a row without a place is on record as well when the ask holds a position of that day without one
            boolean held = store.holdsPosition(id, row.date(), row.whereSaid());
            int inserted = held ? 0 : store.insertPosition(id, new Position(row.date(), row.who(), row.whereSaid(), row.sourceUrl(),
                    row.quote(), null, row.note(), fileName + ", line " + row.line()));
            if (inserted > 0) {
                added++;
            } else {
                unchanged++;
            }
        }
        Imported imported = new Imported(fileName, read.rows().size(), opened, added, unchanged);
        if (opened + added > 0) {
            audit.record("asks imported", fileName, null, imported);
        }
        return imported;
    }

    /** An ask opened by hand. */
    public record OpenAsk(CountryCode side, CountryCode addressee, PolicyTopic topic, String statement, @Nullable String statementVi) {
        public OpenAsk {
            // checked although the types say non-null: a caller outside the checked packages may pass null
            List<InputProblem> problems = problems(side, addressee, topic, statement, statementVi);
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            statement = statement.strip();
            statementVi = blankless(statementVi);
        }

        /** An ask stated in English only. */
        public OpenAsk(CountryCode side, CountryCode addressee, PolicyTopic topic, String statement) {
            this(side, addressee, topic, statement, null);
        }

        /** An ask from what a form or a proposal gives, each field refused by its name when missing or wrong. */
        public static OpenAsk of(@Nullable CountryCode side, @Nullable CountryCode addressee, @Nullable PolicyTopic topic,
                                 @Nullable String statement) {
            return of(side, addressee, topic, statement, null);
        }

        /** The same, with the ask in Vietnamese where the form gives it. */
        public static OpenAsk of(@Nullable CountryCode side, @Nullable CountryCode addressee, @Nullable PolicyTopic topic,
                                 @Nullable String statement, @Nullable String statementVi) {
            List<InputProblem> problems = problems(side, addressee, topic, statement, statementVi);
            if (!problems.isEmpty() || side == null || addressee == null || topic == null || statement == null) {
                throw new InvalidInput(problems);
            }
            return new OpenAsk(side, addressee, topic, statement, statementVi);
        }

        private static List<InputProblem> problems(@Nullable CountryCode side, @Nullable CountryCode addressee,
                                                   @Nullable PolicyTopic topic, @Nullable String statement,
                                                   @Nullable String statementVi) {
            List<InputProblem> problems = new ArrayList<>();
            if (side == null || addressee == null || side.equals(addressee)) {
                problems.add(InputProblem.from(Said.of("refusal.where.ask"), null, "side", Said.of("refusal.policy.askSides")));
            }
            if (topic == null) {
                problems.add(InputProblem.from(Said.of("refusal.where.ask"), null, "topic", Said.of("refusal.policy.chooseTopic")));
            }
            if (statement == null || statement.isBlank()) {
                problems.add(InputProblem.from(Said.of("refusal.where.ask"), null, "statement", Said.of("refusal.policy.askEmpty")));
            } else {
                Limits.textSaid(statement).ifPresent(p -> problems.add(InputProblem.from(Said.of("refusal.where.ask"), null, "statement", p)));
            }
            // the same bounds as the English statement; empty is allowed: an ask may be stated in English only
            Limits.textProblem(statementVi).ifPresent(p -> problems.add(new InputProblem("ask", null, "statement_vi", p)));
            return problems;
        }
    }

    /** A position taken on an ask: who said what, where, and the other side's answer where known. */
    public record TakePosition(long askId, LocalDate saidOn, @Nullable String who, @Nullable String whereSaid, @Nullable String quote,
                               @Nullable String answer, @Nullable String sourceUrl, @Nullable String note) {

        /** The form's field the date is named by. */
        private static final String SAID_ON = "said on";

        public TakePosition {
            // the date is checked although its type says non-null: a caller outside the checked packages may pass null
            List<InputProblem> problems = problems(saidOn, who, whereSaid, quote, answer, sourceUrl, note);
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            who = blankless(who);
            whereSaid = blankless(whereSaid);
            quote = blankless(quote);
            answer = blankless(answer);
            sourceUrl = blankless(sourceUrl);
            note = blankless(note);
        }

        /** A position from what a form gives: a missing date is refused by its field, with whatever else is wrong. */
        public static TakePosition of(long askId, @Nullable LocalDate saidOn, @Nullable String who, @Nullable String whereSaid,
                                      @Nullable String quote, @Nullable String answer, @Nullable String sourceUrl, @Nullable String note) {
            if (saidOn == null) {
                throw new InvalidInput(problems(null, who, whereSaid, quote, answer, sourceUrl, note));
            }
            return new TakePosition(askId, saidOn, who, whereSaid, quote, answer, sourceUrl, note);
        }

        private static List<InputProblem> problems(@Nullable LocalDate saidOn, @Nullable String who, @Nullable String whereSaid,
                                                   @Nullable String quote, @Nullable String answer, @Nullable String sourceUrl,
                                                   @Nullable String note) {
            List<InputProblem> problems = new ArrayList<>();
            if (saidOn == null || !Period.withinYears(saidOn.getYear())) {
                problems.add(InputProblem.from(Said.of("refusal.where.position"), null, SAID_ON, Said.of("refusal.policy.dateOfYears", String.valueOf(Period.FIRST_YEAR),
                        String.valueOf(Period.LAST_YEAR))));
            }
            String[][] texts = {{"who", who}, {"where", whereSaid}, {"quote", quote}, {"answer", answer}, {"source", sourceUrl},
                {"note", note}};
            for (String[] t : texts) {
                Limits.textSaid(t[1]).ifPresent(p -> problems.add(InputProblem.from(Said.of("refusal.where.position"), null, t[0], p)));
            }
            Limits.webAddressProblem(sourceUrl).ifPresent(p -> problems.add(new InputProblem("position", null, "source", p)));
            return problems;
        }
    }

    private static @Nullable String blankless(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Opens an ask by hand; the same ask (side, addressee, statement) is refused as on record already. */
    @Transactional
    public Ask open(OpenAsk c) {
        if (store.exists(c.side(), c.addressee(), c.statement())) {
            throw new InvalidInput(Said.of("refusal.where.ask"), Said.of("refusal.policy.askOnRecord"));
        }
        long id = store.insert(c.side(), c.addressee(), c.topic(), c.statement());
        if (c.statementVi() != null) {
            store.setStatementVi(id, c.statementVi());
        }
        Ask opened = ask(id);
        audit.record("ask opened", "ask A" + id, null, c);
        return opened;
    }

    /** Adds a position to an ask; the same date and place again is refused as on record already. */
    @Transactional
    public Ask take(TakePosition p, String source) {
        p = new TakePosition(kept(p.askId()), p.saidOn(), p.who(), p.whereSaid(), p.quote(), p.answer(), p.sourceUrl(), p.note());
        int added = store.insertPosition(p.askId(), new Position(p.saidOn(), p.who(), p.whereSaid(), p.sourceUrl(), p.quote(),
                p.answer(), p.note(), source));
        if (added == 0) {
            throw new InvalidInput(Said.of("refusal.where.position"), p.whereSaid() == null ? Said.of("refusal.policy.positionOnRecord", String.valueOf(p.saidOn()), String.valueOf(p.askId()))
                    : Said.of("refusal.policy.positionAtOnRecord", String.valueOf(p.saidOn()), p.whereSaid(), String.valueOf(p.askId())));
        }
        audit.record("position added", "ask A" + p.askId(), null, p);
        return ask(p.askId());
    }

    /**
     * Sets, replaces or (with nothing) removes an ask's statement in Vietnamese, checked as its English statement is;
     * the number of an ask merged into another sets the one kept.
     */
    @Transactional
    public Ask setStatementVi(long number, @Nullable String statementVi) {
        Limits.textProblem(statementVi).ifPresent(p -> {
            throw new InvalidInput(new InputProblem("ask", null, "statement_vi", p));
        });
        long id = kept(number);
        Ask before = ask(id);
        String after = blankless(statementVi);
        store.setStatementVi(id, after);
        audit.record("ask statement in Vietnamese set", "ask A" + id, before.statementVi(), after);
        return ask(id);
    }

    /** Sets where an ask stands. */
    @Transactional
    public Ask setStatus(long number, AskStatus status) {
        long id = kept(number);
        Ask before = ask(id);
        store.setStatus(id, status);
        audit.record("ask status changed", "ask A" + id, before.status(), status);
        return ask(id);
    }

    /** The asks, of one topic and one side when given, by side, topic and the date first stated. */
    public List<Ask> list(@Nullable PolicyTopic topic, @Nullable CountryCode side) {
        return store.list(topic, side);
    }

    /** An ask by its number; the number of an ask merged into another answers with that one. */
    public Ask ask(long number) {
        long id = kept(number);
        return store.byId(id).orElseThrow(() -> new NotFound(NotFound.Thing.ASK, "A" + number));
    }

    /** The most merges followed from a number to the ask kept: merging flattens chains, so one is the most a register holds. */
    static final int MERGE_HOPS = 10;

    /**
     * The number of the ask kept for a number: itself, or the ask it was merged into; not found when neither. At most
     * {@link #MERGE_HOPS} merges are followed, so that merges gone round in a circle (two crossing merges before they
     * were locked could leave one) are said, never followed for ever by a page redirecting to itself.
     */
    private long kept(long number) {
        List<Long> path = new ArrayList<>();
        long id = number;
        while (true) {
            Optional<Long> into = store.mergedInto(id).orElseThrow(() -> new NotFound(NotFound.Thing.ASK, "A" + number));
            path.add(id);
            if (into.isEmpty()) {
                return id;
            }
            id = into.get();
            if (path.contains(id) || path.size() > MERGE_HOPS) {
                path.add(id);
                throw new StateConflict(Said.of("refusal.where.askNumbered", String.valueOf(number)), Said.of("refusal.policy.mergeCircle",
                        String.valueOf(MERGE_HOPS), path.stream().map(a -> "A" + a).collect(Collectors.joining(" → "))));
            }
        }
    }

    /**
     * Merges an ask into another found to be the same (the same request in other words): its positions join the one
     * kept, which keeps its statement, topic and status; its number then answers with the one kept. Both must be one
     * side's asks of the same other side. An ask merged already, or one merged into another, is refused saying into which
     * (a {@link StateConflict}): the merge is decided once, and a chain of merges never closes into a circle.
     */
    @Transactional
    public Ask merge(long number, long intoNumber, String mergedBy) {
        // Both asks are locked, the lower number first, so that two merges crossing each other (A7 into A9 and A9 into A7
        // at once) wait for one another: the second then reads the first's merge and is refused, never leaving a circle.
        // The asks merged into the one merged are locked with them, in the same order, as the merge moves them on.
        store.lockForMerge(number, intoNumber);
        long from = kept(number);
        long into = kept(intoNumber);
        if (into != intoNumber) {
            throw new StateConflict(Said.of("refusal.where.merge"), into == from ? Said.of("refusal.policy.mergedIntoSame", String.valueOf(intoNumber), String.valueOf(into))
                    : Said.of("refusal.policy.mergedIntoOther", String.valueOf(intoNumber), String.valueOf(into), String.valueOf(number)));
        }
        if (from == into) {
            throw new InvalidInput(Said.of("refusal.where.merge"), Said.of("refusal.policy.oneAskAlready", String.valueOf(number), String.valueOf(intoNumber)));
        }
        if (from != number) {
            throw new StateConflict(Said.of("refusal.where.merge"), Said.of("refusal.policy.mergedAlready", String.valueOf(number), String.valueOf(from)));
        }
        Ask merged = ask(from);
        Ask kept = ask(into);
        if (!merged.side().equals(kept.side()) || !merged.addressee().equals(kept.addressee())) {
            throw new InvalidInput(Said.of("refusal.where.merge"), Said.of("refusal.policy.notTheSameAsk", String.valueOf(from), merged.side().value(),
                    merged.addressee().value(), String.valueOf(into), kept.side().value(), kept.addressee().value()));
        }
        store.merge(from, into, mergedBy);
        audit.record("asks merged", "ask A" + from + " into A" + into, merged, kept);
        return ask(into);
    }

    /** An ask that may be the same as another, by how many of their words they share. */
    public record Alike(Ask ask, double shared) {
    }

    /** Asks shared word by word this much or more are proposed as possibly one: the asks file's two pairs share 0.47 and 0.67, its
     * other asks of one side and topic 0.21 or less. */
    static final double ALIKE = 0.4;

    /**
     * The other open asks of the same side, addressee and topic whose statements share many of its words: proposed to
     * the reviewer as possibly the same ask, never merged unasked.
     */
    public List<Alike> alike(long number) {
        Ask ask = ask(number);
        Set<String> words = StatementWords.of(ask.statement());
        List<Alike> alike = new ArrayList<>();
        for (Ask other : list(ask.topic(), ask.side())) {
            if (other.id() != ask.id() && other.addressee().equals(ask.addressee())) {
                double shared = StatementWords.shared(words, StatementWords.of(other.statement()));
                if (shared >= ALIKE) {
                    alike.add(new Alike(other, shared));
                }
            }
        }
        alike.sort(Comparator.comparingDouble(Alike::shared).reversed());
        return alike;
    }
}
