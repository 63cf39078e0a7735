package org.bilateral.engagements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NameKey;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.Said;
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

    public record Organisation(long id, String name, @Nullable String acronym, @Nullable String country, OrganisationKind kind,
                               List<String> names, long engagements) {
    }

    private final PeopleStore people;
    private final OrganisationStore organisations;
    private final MergeProposals merges;

    Directory(PeopleStore people, OrganisationStore organisations, MergeProposals merges) {
        this.people = people;
        this.organisations = organisations;
        this.merges = merges;
    }

    /**
     * The organisation a report names: one the register knows by any of its names or acronym, or one whose name differs
     * only in a corporate word, or a new one (proposed as a merge with one whose name begins or is begun by its own).
     * Transactional, as the lock on its name lasts until the caller's transaction ends.
     */
    @Transactional
    public OrganisationId recordOrganisation(RecordOrganisation c) {
        organisations.hold(c.name());
        List<String> names = c.acronym() == null ? List.of(c.name()) : List.of(c.name(), c.acronym());
        Long id = organisations.idByNames(names).orElse(null);
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
        for (String name : names) {
            organisations.addName(id, name);
        }
        return new OrganisationId(id);
    }

    /** The person a report names: one the register knows by this spelling, or a new one, proposed with their namesakes. */
    @Transactional
    public PersonId recordPerson(RecordPerson c) {
        people.hold(c.name());
        Long id = people.idByName(c.name()).orElse(null);
        if (id == null) {
            id = people.insert(c);
            proposeNamesakes(id, c);
        } else {
            people.fillIn(id, c);
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

    // --- reading the directory ----------------------------------------------------------------------------------

    public List<Person> people() {
        return people.all();
    }

    /** A person, or nothing when there is none of this number (merged into another, say). */
    public Optional<Person> person(long id) {
        return people.byId(id);
    }

    /** A person a page or a command was asked for: one that is not there is {@link NotFound}. */
    public Person existingPerson(long id) {
        return people.byId(id).orElseThrow(() -> new NotFound(NotFound.Thing.PERSON, id));
    }

    public Optional<PersonId> findPerson(String name) {
        return people.idByName(name).map(PersonId::new);
    }

    public Optional<OrganisationId> findOrganisation(String name) {
        return organisations.idByNames(List.of(name)).map(OrganisationId::new);
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
        for (Person p : people.all()) {
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
