package org.bilateral.engagements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NameKey;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.Said;
import org.bilateral.shared.UsState;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case: people and organisations, one record each however many spellings the reports use. Spellings that differ
 * only in accents, case or punctuation ("Lê Mạnh Hùng", "Le Manh Hung") are one name; organisation names that differ
 * only in a corporate word ("VietJet", "Vietjet Air") are one organisation ({@link OrganisationNames}). Likenesses
 * short of that are proposed as merges ({@link Namesakes}), never made.
 */
@Service
public class Directory {

    public record PersonId(long value) {
    }

    public record OrganisationId(long value) {
    }

    /** A person as a report names them; refused without a name of two letters at least. */
    public record RecordPerson(String name, @Nullable String title, @Nullable String country, @Nullable OrganisationId organisation,
                               @Nullable LocalDate seenOn) {
        public RecordPerson {
            name = named(name, Said.of("refusal.where.personName"), Said.of("refusal.engagements.personNeedsName"));
            title = blankless(title);
            country = countryOf(country);
        }
    }

    /** An organisation as a report names it; refused without a name of two letters at least. */
    public record RecordOrganisation(String name, @Nullable String acronym, @Nullable String country, OrganisationKind kind) {
        public RecordOrganisation(String name, @Nullable String acronym, @Nullable String country, @Nullable OrganisationKind kind) {
            this.name = named(name, Said.of("refusal.where.organisationName"), Said.of("refusal.engagements.organisationNeedsName"));
            this.acronym = blankless(acronym);
            this.country = countryOf(country);
            this.kind = kind == null ? OrganisationKind.OTHER : kind;
        }
    }

    public record Title(String title, @Nullable LocalDate firstSeen, @Nullable LocalDate lastSeen) {
    }

    public record Person(long id, String name, @Nullable String country, @Nullable Long organisationId, @Nullable String organisation,
                         List<String> names, List<Title> titles, long engagements) {
        /** The latest title, or null when no report gave one. */
        public @Nullable String title() {
            return titles.isEmpty() ? null : titles.get(titles.size() - 1).title();
        }
    }

    /** @param usState where in the United States the organisation is (headquarters, or where it produces), when known */
    public record Organisation(long id, String name, @Nullable String acronym, @Nullable String country, OrganisationKind kind,
                               List<String> names, long engagements, @Nullable UsState usState) {
    }

    /** An organisation's state before and after a change, as the audit trail keeps it. */
    private record StateOf(long organisation, String name, @Nullable String usState) {
    }

    private final PeopleStore people;
    private final OrganisationStore organisations;
    private final MergeProposals merges;
    private final Offices offices;
    private final AuditTrail audit;

    Directory(PeopleStore people, OrganisationStore organisations, MergeProposals merges, Offices offices, AuditTrail audit) {
        this.people = people;
        this.organisations = organisations;
        this.merges = merges;
        this.offices = offices;
        this.audit = audit;
    }

    /**
     * The organisation a report names: one the register knows by any of its names or acronym, or one whose name differs
     * only in a corporate word, or a new one (proposed as a merge with one whose name begins or is begun by its own).
     * Transactional, as the lock on its name lasts until the caller's transaction ends.
     */
    @Transactional
    public OrganisationId recordOrganisation(RecordOrganisation reported) {
        Optional<Offices.Institution> institution = institution(reported.name(), reported.acronym(), reported.country());
        RecordOrganisation c = institution.map(i -> withLexicon(reported, i)).orElse(reported);
        // one lock for every name of an institution, so that "Bộ Công Thương" and "Ministry of Industry and Trade"
        // accepted at once wait for each other
        organisations.hold(institution.map(Offices.Institution::en).orElse(c.name()));
        List<String> names = c.acronym() == null ? List.of(c.name()) : List.of(c.name(), c.acronym());
        List<Long> known = organisations.idsByNames(lookedUpBy(names, institution));
        Long id = known.isEmpty() ? null : known.get(0);
        OrganisationNames.Likeness likeness = new OrganisationNames.Likeness(null, null);
        String prefix = OrganisationNames.prefix(c.name());
        if (id == null && prefix != null) {
            likeness = OrganisationNames.among(c.name(), organisations.namesStartingWith(prefix));
            id = likeness.same();
        }
        if (id == null) {
            id = organisations.insert(c);
            Long likely = likeness.likely();
            if (likely != null) {
                merges.propose(MergeSubject.ORGANISATION, likely, id, "one name begins the other: \"" + c.name() + "\"");
            }
        } else {
            organisations.fillIn(id, c);
        }
        // records made before the lexicon knew the institution, one under each language's name: proposed as one
        for (Long other : known.subList(Math.min(1, known.size()), known.size())) {
            merges.propose(MergeSubject.ORGANISATION, id, other, "one institution in the lexicon of offices: " + institution.map(Offices.Institution::en)
                    .orElse(c.name()) + " (" + institution.map(Offices.Institution::vi).orElse(c.name()) + ")");
        }
        for (String name : names) {
            organisations.addName(id, name);
        }
        return new OrganisationId(id);
    }

    /** The institution of the lexicon a reported name or acronym names, for its country. */
    private Optional<Offices.Institution> institution(String name, @Nullable String acronym, @Nullable String country) {
        return offices.institution(name, country).or(() -> acronym == null ? Optional.empty() : offices.institution(acronym, country));
    }

    /** What the lexicon knows of an institution and the report did not say: its acronym, country and kind. */
    private static RecordOrganisation withLexicon(RecordOrganisation c, Offices.Institution i) {
        return new RecordOrganisation(c.name(), c.acronym() == null ? i.acronym() : c.acronym(), c.country() == null ? i.country() : c.country(),
                c.kind() == OrganisationKind.OTHER ? i.kind() : c.kind());
    }

    /**
     * The names an organisation is looked up by: those reported and, for an institution of the lexicon, every name it
     * has there, so that the Vietnamese name finds the record the English one made. Only the reported names are kept as
     * the record's spellings; the lexicon's stay the lexicon's.
     */
    private static List<String> lookedUpBy(List<String> reported, Optional<Offices.Institution> institution) {
        if (institution.isEmpty()) {
            return reported;
        }
        List<String> names = new ArrayList<>(reported);
        names.addAll(institution.get().forms());
        return names;
    }

    /**
     * The person a report names: one the register knows by this spelling, or a new one, proposed with their namesakes.
     * "Nguyen Hong Dien" and "Nguyễn Hồng Diên" are one spelling (accents aside); the register shows the one with its
     * diacritics, whichever report came first.
     */
    @Transactional
    public PersonId recordPerson(RecordPerson c) {
        people.hold(c.name());
        Long id = people.idByName(c.name()).orElse(null);
        if (id == null) {
            id = people.insert(c);
            proposeNamesakes(id, c);
        } else {
            people.fillIn(id, c);
            people.nameWithDiacritics(id, c.name());
        }
        people.addName(id, c.name());
        String title = c.title();
        if (title != null) {
            people.holdsTitle(id, title, c.seenOn());
        }
        return new PersonId(id);
    }

    private void proposeNamesakes(long id, RecordPerson c) {
        String title = c.title();
        for (PeopleStore.Named other : people.othersNotTold(id, c.country())) {
            Namesakes.kinship(c.name(), c.country(), other.name()).ifPresent(kinship -> {
                String shared = title != null && people.hasTitle(other.id(), title) ? title : null;
                merges.propose(MergeSubject.PERSON, other.id(), id, Namesakes.reason(kinship, c.country(), shared));
            });
        }
    }

    /**
     * Keeps an earlier spelling of a person's name, one a reviewer corrected away, so that reports which still write
     * it find the person ("also written"). A spelling that is already another person's stays theirs.
     */
    @Transactional
    public void alsoWritten(PersonId person, @Nullable String name) {
        if (name != null && spelling(name) && !people.anotherIsWritten(person.value(), name)) {
            people.addName(person.value(), name.strip());
            people.nameWithDiacritics(person.value(), name.strip());
        }
    }

    /** The same for an organisation: its earlier spelling finds it, unless it is another organisation's name. */
    @Transactional
    public void alsoWritten(OrganisationId organisation, @Nullable String name) {
        if (name != null && spelling(name) && !organisations.anotherIsWritten(organisation.value(), name)) {
            organisations.addName(organisation.value(), name.strip());
        }
    }

    /** A spelling worth keeping: two letters at least once accents, case and punctuation are set aside. */
    private static boolean spelling(String name) {
        return NameKey.of(name).length() >= 2;
    }

    /**
     * Says where in the United States an organisation is, or (null) that it is not known. Only an organisation that is
     * American or of no known country can be in a state: a state given to Vietnam Airlines is a slip of the hand, and
     * would make its deals look as if they bought from that state. Unchanged, nothing is recorded; a change is audited.
     */
    @Transactional
    public void setUsState(OrganisationId organisation, @Nullable UsState state, String user) {
        Organisation before = existingOrganisation(organisation.value());
        String country = before.country();
        if (state != null && country != null && !UNITED_STATES.equals(country)) {
            throw new InvalidInput(Said.of("refusal.where.usState"),
                    Said.of("refusal.engagements.stateOfForeignOrganisation", before.name(), country));
        }
        if (java.util.Objects.equals(before.usState(), state)) {
            return;
        }
        organisations.setUsState(organisation.value(), state == null ? null : state.usps());
        UsState was = before.usState();
        audit.record(user, state == null ? "organisation state cleared" : "organisation state set", "organisation " + organisation.value(),
                new StateOf(before.id(), before.name(), was == null ? null : was.usps()),
                new StateOf(before.id(), before.name(), state == null ? null : state.usps()));
    }

    private static final String UNITED_STATES = "US";

    /** The organisations said to be in a state, by number: the sellers whose deals buy from it when no plant is named. */
    public List<Long> organisationsIn(UsState state) {
        return organisations.idsIn(state.usps());
    }

    // --- reading the directory ----------------------------------------------------------------------------------

    public List<Person> people() {
        return people.all().stream().map(this::oneTitlePerOffice).toList();
    }

    /** A person, or nothing when there is none of this number (merged into another, say). */
    public Optional<Person> person(long id) {
        return people.byId(id).map(this::oneTitlePerOffice);
    }

    /** A person a page or a command was asked for: one that is not there is {@link NotFound}. */
    public Person existingPerson(long id) {
        return person(id).orElseThrow(() -> new NotFound(NotFound.Thing.PERSON, id));
    }

    /**
     * The person with the titles that name one office as one ("Bộ trưởng Bộ Công Thương" in a Vietnamese report,
     * "Minister of Industry and Trade" in an English one): written as first reported, seen from the first report of
     * either to the last. A page shows it in its own language ({@link Offices#title}).
     */
    private Person oneTitlePerOffice(Person p) {
        List<Title> titles = new ArrayList<>();
        List<Optional<Offices.Office>> officesOf = new ArrayList<>();
        for (Title t : p.titles()) {
            Optional<Offices.Office> office = offices.office(t.title(), p.country());
            int same = office.isEmpty() ? -1 : officesOf.indexOf(office);
            if (same < 0) {
                titles.add(t);
                officesOf.add(office);
            } else {
                Title kept = titles.get(same);
                titles.set(same, new Title(kept.title(), earlier(kept.firstSeen(), t.firstSeen()), later(kept.lastSeen(), t.lastSeen())));
            }
        }
        return titles.size() == p.titles().size() ? p
                : new Person(p.id(), p.name(), p.country(), p.organisationId(), p.organisation(), p.names(), List.copyOf(titles), p.engagements());
    }

    private static @Nullable LocalDate earlier(@Nullable LocalDate a, @Nullable LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static @Nullable LocalDate later(@Nullable LocalDate a, @Nullable LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    public Optional<PersonId> findPerson(String name) {
        return people.idByName(name).map(PersonId::new);
    }

    /** The organisation known by this name, or by another name of the lexicon's institution it names. */
    public Optional<OrganisationId> findOrganisation(String name) {
        return organisations.idByNames(lookedUpBy(List.of(name), institution(name, null, null))).map(OrganisationId::new);
    }

    public List<Organisation> organisations() {
        return organisations.all();
    }

    /** An organisation, or nothing when there is none of this number. */
    public Optional<Organisation> organisation(long id) {
        return organisations.byIds(new Long[] {id}).stream().findFirst();
    }

    /** An organisation a page or a command was asked for: one that is not there is {@link NotFound}. */
    public Organisation existingOrganisation(long id) {
        return organisation(id).orElseThrow(() -> new NotFound(NotFound.Thing.ORGANISATION, id));
    }

    /** The organisations of these numbers, by number: one query for the buyers and sellers of a whole register. */
    public Map<Long, Organisation> organisations(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Organisation> byId = new HashMap<>();
        organisations.byIds(ids.stream().distinct().toArray(Long[]::new)).forEach(o -> byId.put(o.id(), o));
        return byId;
    }

    /** The people of one organisation, by name. */
    public List<Person> peopleOf(long organisationId) {
        List<Person> of = new ArrayList<>();
        for (Person p : people()) {
            Long organisation = p.organisationId();
            if (organisation != null && organisation == organisationId) {
                of.add(p);
            }
        }
        return of;
    }

    // --- what a record is refused for ---------------------------------------------------------------------------

    private static String named(@Nullable String name, Said field, Said refusal) {
        if (name == null || name.isBlank() || NameKey.of(name).length() < 2) {
            throw new InvalidInput(field, refusal);
        }
        return name.strip();
    }

    private static @Nullable String blankless(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static @Nullable String countryOf(@Nullable String country) {
        return country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
    }
}
