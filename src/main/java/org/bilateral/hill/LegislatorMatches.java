package org.bilateral.hill;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bilateral.engagements.Directory;
import org.bilateral.engagements.Engagements;
import org.bilateral.engagements.MergeConfirmed;
import org.bilateral.engagements.MergeSubject;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.Said;
import org.bilateral.shared.Sha256;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case: which member of Congress a person of the register is. Each person (of the US or of no known country) is
 * matched by their name, their titles and the sentences their engagements were read from ({@link NameMatcher}); a
 * certain match links them, an unsure one is proposed for a person to confirm or reject on {@code /hill/matches}.
 * A decision is kept through every refresh and every load of the members (links hold by bioguide id, and a member who
 * left is kept as former).
 *
 * <p>The register publishes no event when a person is recorded, so the links are refreshed after each load of the
 * members and at the start of every question about them ({@link #persons}, {@link #legislatorOf}, {@link #undecided}):
 * a person whose names, titles and engagements are as they were when last read is not read again, so that a refresh
 * with nothing new costs one query of the register.
 */
@Service
public class LegislatorMatches {

    public enum Certainty {
        CERTAIN, PROPOSED
    }

    /** The matcher's link of a register person to a member, not yet decided by a reviewer, and why. */
    public record Linked(long personId, String personName, @Nullable String personTitle, Legislator legislator, Certainty certainty,
                         Said reason) {
    }

    /** A reviewer's decision, kept through every refresh and load. */
    public record Decision(long personId, String personName, Legislator legislator, boolean confirmed, String by) {
    }

    private final HillStore store;
    private final UsStates states;
    private final Directory directory;
    private final Engagements engagements;
    private final AuditTrail audit;

    LegislatorMatches(HillStore store, UsStates states, Directory directory, Engagements engagements, AuditTrail audit) {
        this.store = store;
        this.states = states;
        this.directory = directory;
        this.engagements = engagements;
        this.audit = audit;
    }

    /** The register persons (engagements.Directory person ids) linked to a member: matched certainly or confirmed. */
    @Transactional
    public List<Long> persons(BioguideId id) {
        refresh();
        return store.personsOf(id);
    }

    @Transactional
    public Optional<Legislator> legislatorOf(long personId) {
        refresh();
        return store.memberOf(personId).flatMap(store::member).map(h -> h.member().legislator());
    }

    /** The register persons linked to each of these members, after one refresh for all: a page's delegation at once. */
    @Transactional
    public Map<BioguideId, List<Long>> persons(Collection<BioguideId> ids) {
        refresh();
        Map<BioguideId, List<Long>> persons = new java.util.LinkedHashMap<>();
        ids.forEach(id -> persons.put(id, store.personsOf(id)));
        return persons;
    }

    /** The member each of these register persons is, after one refresh for all; a person who is none is absent. */
    @Transactional
    public Map<Long, Legislator> legislatorsOf(Collection<Long> personIds) {
        refresh();
        Map<Long, Legislator> members = new java.util.LinkedHashMap<>();
        for (long person : personIds) {
            store.memberOf(person).flatMap(store::member).ifPresent(h -> members.put(person, h.member().legislator()));
        }
        return members;
    }

    /** Links every register person not yet decided (idempotent); run after loading and after the register changes. */
    @Transactional
    public int refresh() {
        List<HillStore.Held> held = store.members();
        if (held.isEmpty()) {
            return 0;
        }
        String load = store.lastLoad().map(HillStore.Load::checksum).orElse("");
        NameMatcher matcher = new NameMatcher(held.stream().map(HillStore.Held::member).toList(), states.names());
        Map<Long, String> checked = store.fingerprints();
        Map<Long, List<HillStore.Link>> links = new java.util.HashMap<>();
        store.links().forEach(l -> links.computeIfAbsent(l.personId(), k -> new ArrayList<>()).add(l));
        int changed = 0;
        for (Directory.Person p : directory.people()) {
            if (p.country() != null && !p.country().equals("US")) {
                continue; // a Vietnamese minister named Tran is no Rep. Tran
            }
            String print = fingerprint(load, p);
            if (print.equals(checked.get(p.id()))) {
                continue;
            }
            List<HillStore.Link> own = links.getOrDefault(p.id(), List.of());
            if (own.stream().noneMatch(l -> l.status().equals("confirmed"))) {
                Optional<NameMatcher.Found> found = find(matcher, p);
                HillStore.Link before = own.stream().filter(l -> l.status().equals("certain") || l.status().equals("proposed"))
                        .findFirst().orElse(null);
                if (found.isPresent() && own.stream().noneMatch(l -> l.status().equals("rejected")
                        && l.member().equals(found.get().member().legislator().id()))) {
                    NameMatcher.Found f = found.get();
                    String status = f.certainty() == NameMatcher.Certainty.CERTAIN ? "certain" : "proposed";
                    List<String> args = Reasons.args(f.reason());
                    if (before == null || !before.member().equals(f.member().legislator().id()) || !before.status().equals(status)
                            || !before.reasonKey().equals(f.reason().key()) || !before.reasonArgs().equals(args)) {
                        store.propose(p.id(), f.member().legislator().id(), status, f.reason().key(), args);
                        changed++;
                    }
                } else if (before != null) {
                    store.forgetAutomatic(p.id());
                    changed++;
                }
            }
            store.checked(p.id(), print);
        }
        return changed;
    }

    /** The person's best match over the names they are written by, the register's own first. */
    private Optional<NameMatcher.Found> find(NameMatcher matcher, Directory.Person p) {
        List<String> titles = new ArrayList<>();
        p.titles().forEach(t -> titles.add(t.title()));
        StringBuilder context = new StringBuilder(String.join(". ", titles));
        for (Engagements.Engagement e : engagements.timeline(p.id(), null)) {
            for (Engagements.Participant part : e.participants()) {
                if (part.type().equals("person") && part.id() == p.id() && part.title() != null) {
                    titles.add(part.title());
                }
            }
            for (Engagements.Source s : e.sources()) {
                context.append(". ").append(s.evidence());
            }
        }
        String title = titles.isEmpty() ? null : String.join("; ", titles);
        List<String> names = new ArrayList<>();
        names.add(p.name());
        p.names().stream().filter(n -> !n.equals(p.name())).forEach(names::add);
        Optional<NameMatcher.Found> best = Optional.empty();
        for (String name : names) {
            Optional<NameMatcher.Found> found = matcher.match(name, title, context.toString());
            if (found.isPresent() && found.get().certainty() == NameMatcher.Certainty.CERTAIN) {
                return found;
            }
            if (best.isEmpty()) {
                best = found;
            }
        }
        return best;
    }

    /** What the matcher reads of a person, and the members it compares them with. */
    private static String fingerprint(String load, Directory.Person p) {
        String read = String.join("\u0000", load, p.name(), String.valueOf(p.names()), String.valueOf(p.titles()),
                String.valueOf(p.engagements()), Objects.toString(p.country(), ""));
        return Sha256.hex(read);
    }

    /**
     * The matcher's links no reviewer has decided: the proposed ones first (they await a decision), then the certain
     * ones (a reviewer may still reject one), each by person name.
     */
    @Transactional
    public List<Linked> undecided() {
        refresh();
        List<Linked> linked = new ArrayList<>();
        for (HillStore.Link l : store.links()) {
            if (!l.status().equals("proposed") && !l.status().equals("certain")) {
                continue;
            }
            Optional<Directory.Person> person = directory.person(l.personId());
            Optional<HillStore.Held> member = store.member(l.member());
            if (person.isPresent() && member.isPresent()) {
                linked.add(new Linked(l.personId(), person.get().name(), person.get().title(), member.get().member().legislator(),
                        l.status().equals("certain") ? Certainty.CERTAIN : Certainty.PROPOSED, Reasons.said(l.reasonKey(), l.reasonArgs())));
            }
        }
        linked.sort(java.util.Comparator.comparing((Linked k) -> k.certainty() == Certainty.CERTAIN).thenComparing(Linked::personName)
                .thenComparing(Linked::personId));
        return List.copyOf(linked);
    }

    /** The reviewers' decisions, newest first. */
    @Transactional(readOnly = true)
    public List<Decision> decisions() {
        List<Decision> decisions = new ArrayList<>();
        store.links().stream().filter(l -> l.decidedBy() != null)
                .sorted(java.util.Comparator.comparing((HillStore.Link l) -> Objects.requireNonNull(l.decidedAt())).reversed())
                .forEach(l -> {
                    Optional<Directory.Person> person = directory.person(l.personId());
                    Optional<HillStore.Held> member = store.member(l.member());
                    if (person.isPresent() && member.isPresent()) {
                        decisions.add(new Decision(l.personId(), person.get().name(), member.get().member().legislator(),
                                l.status().equals("confirmed"), Objects.requireNonNull(l.decidedBy())));
                    }
                });
        return List.copyOf(decisions);
    }

    /** A reviewer confirms that the person is the member: kept through every refresh and load; audited. */
    @Transactional
    public void confirm(long personId, BioguideId member, String user) {
        decide(personId, member, true, user);
    }

    /** A reviewer says the person is not the member: never proposed again; audited. */
    @Transactional
    public void reject(long personId, BioguideId member, String user) {
        decide(personId, member, false, user);
    }

    private void decide(long personId, BioguideId member, boolean confirmed, String user) {
        directory.existingPerson(personId);
        Legislator legislator = store.member(member).map(h -> h.member().legislator())
                .orElseThrow(() -> new NotFound(NotFound.Thing.LEGISLATOR, member.value()));
        if (store.linksOf(personId).stream().noneMatch(l -> l.member().equals(member))) {
            // a reviewer may name a member the matcher did not propose: the decision is recorded as theirs
            store.propose(personId, member, "proposed", "hill.match.byReviewer", List.of());
        }
        store.decide(personId, member, confirmed, user);
        audit.record(user, confirmed ? "hill link confirmed" : "hill link rejected", "person " + personId, null, legislator.label());
    }

    /** Two persons merged: the links of the one merged go to the one kept, unless it has its own. */
    @EventListener
    void merged(MergeConfirmed merge) {
        if (merge.subject() == MergeSubject.PERSON) {
            store.repoint(merge.mergedId(), merge.keptId());
        }
    }
}
