package org.bilateral.hill;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bilateral.shared.NameKey;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.UsState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case: the members of Congress held, sitting and former, with their committee seats. The members are loaded from
 * the reference location's {@code congress/} files when reference data is loaded (or on the first question, when the
 * database predates the Hill), and refreshed by {@code bilateral hill load DIR} ({@link CongressLoads}).
 */
@Service
public class Legislators {

    /**
     * The trade-relevant committees, most relevant first (the order): Senate Finance and its International Trade
     * subcommittee, Ways and Means and its Trade subcommittee, the two Commerce committees with their trade
     * subcommittees (Senate "Tourism, Trade, and Export Promotion", House "Commerce, Manufacturing, and Trade"),
     * Foreign Relations and Foreign Affairs, and the two Agriculture committees (farm goods are most of what the US
     * sells Vietnam).
     */
    public static final List<String> TRADE_COMMITTEES = List.of("SSFI", "SSFI13", "HSWM", "HSWM04", "SSCM", "SSCM39", "HSIF", "HSIF17",
            "SSFR", "HSFA", "SSAF", "HSAG");

    /** Members sitting on any of the committees (ids, committee or subcommittee), with their seats there. */
    public record OnCommittee(Legislator legislator, List<Seat> seats) {
    }

    private static final Comparator<Seat> SEAT_ORDER = Comparator.comparingInt((Seat s) -> s.tradeRelevant() ? s.tradeRank() : Integer.MAX_VALUE)
            .thenComparing(s -> s.parentName() != null ? s.parentName() : s.committeeName())
            .thenComparing(s -> s.parentId() != null)
            .thenComparing(Seat::committeeName);

    private final HillStore store;
    private final CongressLoads loads;
    private final UsStates states;

    Legislators(HillStore store, CongressLoads loads, UsStates states) {
        this.store = store;
        this.loads = loads;
        this.states = states;
    }

    /** 1.. in {@link #TRADE_COMMITTEES}' order for a trade-relevant committee, 0 for any other. */
    static int tradeRank(String committeeId) {
        return TRADE_COMMITTEES.indexOf(committeeId) + 1;
    }

    /** Whether any member is held (none when the reference location has no congress/ files and none was loaded). */
    @Transactional(readOnly = true)
    public boolean loaded() {
        loads.ensureLoaded();
        return store.sittingCount() > 0;
    }

    @Transactional(readOnly = true)
    public Optional<Legislator> legislator(BioguideId id) {
        loads.ensureLoaded();
        return store.member(id).map(h -> h.member().legislator());
    }

    /** A member a page or a command was asked for; one not held is {@link NotFound}. */
    @Transactional(readOnly = true)
    public Legislator existing(BioguideId id) {
        return legislator(id).orElseThrow(() -> new NotFound(NotFound.Thing.LEGISLATOR, id.value()));
    }

    /** Whether a member still sits; a member a newer snapshot no longer lists is former, and kept. */
    @Transactional(readOnly = true)
    public boolean sitting(BioguideId id) {
        loads.ensureLoaded();
        return store.member(id).map(HillStore.Held::sitting).orElse(false);
    }

    /** A state's sitting members: senators first (the senior one first), then the House by district. */
    @Transactional(readOnly = true)
    public List<Legislator> ofState(UsState state) {
        loads.ensureLoaded();
        return store.ofState(state).stream().map(h -> h.member().legislator()).toList();
    }

    /** A member's seats: trade-relevant first by {@link Seat#tradeRank}, then by committee, each committee before its subcommittees. */
    @Transactional(readOnly = true)
    public List<Seat> seats(BioguideId id) {
        loads.ensureLoaded();
        return store.seats(id).stream().sorted(SEAT_ORDER).toList();
    }

    /**
     * Members sitting on any of the committees, with their seats there (in the seat order), most trade-relevant seat
     * first, then by name.
     */
    @Transactional(readOnly = true)
    public List<OnCommittee> onCommittees(Collection<String> committeeIds) {
        loads.ensureLoaded();
        Map<BioguideId, List<Seat>> seats = new LinkedHashMap<>();
        for (Map.Entry<BioguideId, Seat> e : store.seatsOn(List.copyOf(committeeIds))) {
            seats.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
        }
        List<OnCommittee> on = new ArrayList<>();
        for (Map.Entry<BioguideId, List<Seat>> e : seats.entrySet()) {
            store.member(e.getKey()).ifPresent(h -> on.add(new OnCommittee(h.member().legislator(),
                    e.getValue().stream().sorted(SEAT_ORDER).toList())));
        }
        on.sort(Comparator.comparingInt(Legislators::best)
                .thenComparing(o -> o.legislator().lastName()).thenComparing(o -> o.legislator().id()));
        return List.copyOf(on);
    }

    private static int best(OnCommittee o) {
        Seat first = o.seats().get(0);
        return first.tradeRelevant() ? first.tradeRank() : Integer.MAX_VALUE;
    }

    /**
     * Sitting members found by any of their words, with or without accents: a name or part of one ("hagerty", "bill
     * hagerty"), a state's code or name ("TN", "Tennessee"), a bioguide id; best first (an id or a whole name before a
     * part), at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<Legislator> search(String text, int limit) {
        loads.ensureLoaded();
        String wanted = text.strip();
        if (wanted.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<String> words = List.of(wanted.toLowerCase(Locale.ROOT).split("[\\s,]+")).stream().map(NameKey::of)
                .filter(w -> !w.isEmpty()).toList();
        Map<UsState, String> stateNames = states.names();
        List<Map.Entry<Integer, Legislator>> found = new ArrayList<>();
        for (HillStore.Held h : store.members()) {
            if (!h.sitting()) {
                continue;
            }
            Legislator l = h.member().legislator();
            if (l.id().value().equalsIgnoreCase(wanted)) {
                found.add(Map.entry(0, l));
                continue;
            }
            String state = stateNames.getOrDefault(l.state(), "");
            String haystack = String.join(" ", NameKey.of(l.fullName()), NameKey.of(l.firstName()), NameKey.of(l.lastName()),
                    l.nickname() == null ? "" : NameKey.of(l.nickname()), NameKey.of(h.member().lastNameAscii()), NameKey.of(state));
            List<String> nameWords = new ArrayList<>();
            for (String part : (l.fullName() + " " + state).split("[\\s,.\"]+")) {
                nameWords.add(NameKey.of(part));
            }
            boolean all = true;
            int score = 2;
            String joined = String.join("", words);
            for (String w : words) {
                boolean stateCode = w.equalsIgnoreCase(l.state().usps()) && words.size() == 1;
                if (!stateCode && !haystack.contains(w)) {
                    all = false;
                    break;
                }
                if (!stateCode && !nameWords.contains(w)) {
                    score = 3;
                }
            }
            if (!all) {
                continue;
            }
            if (NameKey.of(l.fullName()).equals(joined) || (NameKey.of(l.firstName()) + NameKey.of(l.lastName())).equals(joined)) {
                score = 1;
            }
            found.add(Map.entry(score, l));
        }
        return found.stream().sorted(Comparator.comparing((Map.Entry<Integer, Legislator> e) -> e.getKey())
                        .thenComparing(e -> e.getValue().chamber()).thenComparing(e -> e.getValue().state())
                        .thenComparing(e -> e.getValue().lastName()))
                .limit(limit).map(Map.Entry::getValue).toList();
    }
}
