package org.bilateral.extraction;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bilateral.engagements.Directory;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.PressReleases.Document;
import org.bilateral.extraction.PressReleases.Proposal;
import org.bilateral.extraction.ProposedRecord.Subject;
import org.bilateral.extraction.reading.TypedNames;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.NameKey;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The people and organisations of the register an accepted proposal names: a person or organisation proposed on its
 * own, and each participant of an accepted event, found in the register or recorded in it.
 */
@Component
class Participants {

    private final Directory directory;
    private final PressReleaseStore store;

    Participants(Directory directory, PressReleaseStore store) {
        this.directory = directory;
        this.store = store;
    }

    Directory.PersonId person(ProposedRecord.Person p, Document doc) {
        Directory.OrganisationId org = null;
        if (p.organisation() != null && !p.organisation().isBlank()) {
            org = directory.recordOrganisation(new Directory.RecordOrganisation(p.organisation(), null, null, null));
        }
        return directory.recordPerson(new Directory.RecordPerson(p.name(), p.title(), code(p.country()), org, doc.published()));
    }

    Directory.OrganisationId organisation(ProposedRecord.Organisation o) {
        return directory.recordOrganisation(new Directory.RecordOrganisation(o.name(), o.acronym(), code(o.country()),
                o.kind() == null ? OrganisationKind.OTHER : o.kind()));
    }

    /**
     * Whom a participant's name stands for, a {@link Directory.PersonId} or a {@link Directory.OrganisationId}: the person
     * or organisation the press release proposes under that name (accepted with the event); one it proposes under the
     * spelling the reviewer corrected, or under part of the name typed ("Biden" for "Joe Biden"), accepted under the
     * name typed; a person or organisation the register knows by the name, with or without accents; a new person when
     * the name reads as one (a title before it, or a first and a last name); else a new organisation. An earlier
     * spelling that shares a word with the name stays the record's "also written".
     */
    Object whom(String name, @Nullable String earlier, Document doc) {
        List<Proposal> siblings = store.proposals(doc.id());
        Optional<Object> proposed = proposedAs(name, siblings, doc);
        if (proposed.isPresent()) {
            return proposed.get();
        }
        Optional<TypedNames.PersonName> read = TypedNames.person(name);
        Optional<Object> corrected = correctedFrom(name, earlier, read, siblings, doc);
        if (corrected.isPresent()) {
            return corrected.get();
        }
        Object who = known(name, read, doc);
        if (earlier != null && sharesAWord(earlier, name)) {
            if (who instanceof Directory.PersonId id) {
                directory.alsoWritten(id, earlier);
            } else {
                directory.alsoWritten((Directory.OrganisationId) who, earlier);
            }
        }
        return who;
    }

    /** The person or organisation the press release proposes under the name, accepted with the event. */
    private Optional<Object> proposedAs(String name, List<Proposal> siblings, Document doc) {
        Optional<Proposal> person = sibling(siblings, Subject.PERSON, name);
        if (person.isPresent()) {
            Directory.PersonId id = person((ProposedRecord.Person) person.get().payload(), doc);
            markAccepted(person.get(), id.value(), null);
            return Optional.of(id);
        }
        Optional<Proposal> org = sibling(siblings, Subject.ORGANISATION, name);
        if (org.isPresent()) {
            Directory.OrganisationId id = organisation((ProposedRecord.Organisation) org.get().payload());
            markAccepted(org.get(), id.value(), null);
            return Optional.of(id);
        }
        return Optional.empty();
    }

    /** The person or organisation proposed under the spelling the reviewer corrected, accepted under the name typed. */
    private Optional<Object> correctedFrom(String name, @Nullable String earlier, Optional<TypedNames.PersonName> read,
                                           List<Proposal> siblings, Document doc) {
        Optional<Proposal> corrected = earlier == null ? Optional.empty() : sibling(siblings, Subject.PERSON, earlier);
        if (corrected.isEmpty() && read.isPresent()) {
            corrected = partOf(siblings, read.get().name());
        }
        if (corrected.isPresent()) {
            ProposedRecord.Person was = (ProposedRecord.Person) corrected.get().payload();
            ProposedRecord.Person now = new ProposedRecord.Person(read.map(TypedNames.PersonName::name).orElse(name),
                    read.map(TypedNames.PersonName::title).orElse(was.title()), was.country(), was.organisation());
            Directory.PersonId id = person(now, doc);
            directory.alsoWritten(id, was.name());
            markAccepted(corrected.get(), id.value(), now);
            return Optional.of(id);
        }
        Optional<Proposal> correctedOrg = earlier == null ? Optional.empty() : sibling(siblings, Subject.ORGANISATION, earlier);
        if (correctedOrg.isPresent() && read.isEmpty()) {
            ProposedRecord.Organisation was = (ProposedRecord.Organisation) correctedOrg.get().payload();
            ProposedRecord.Organisation now = new ProposedRecord.Organisation(name, was.acronym(), was.country(), was.kind(), was.participant());
            Directory.OrganisationId id = organisation(now);
            directory.alsoWritten(id, was.name());
            markAccepted(correctedOrg.get(), id.value(), now);
            return Optional.of(id);
        }
        return Optional.empty();
    }

    /** The register's person or organisation by the name, or a new one: a person when the name reads as one. */
    private Object known(String name, Optional<TypedNames.PersonName> read, Document doc) {
        Optional<Directory.PersonId> known = directory.findPerson(name)
                .or(() -> read.flatMap(r -> directory.findPerson(r.name())));
        if (known.isPresent()) {
            // "Nguyễn Hồng Diên" typed for the "Nguyen Hong Dien" an English report made: the person is shown so now
            directory.alsoWritten(known.get(), read.map(TypedNames.PersonName::name).orElse(name));
            return known.get();
        }
        Optional<Directory.OrganisationId> org = directory.findOrganisation(name);
        if (org.isPresent()) {
            return org.get();
        }
        if (read.isPresent()) {
            return directory.recordPerson(new Directory.RecordPerson(read.get().name(), read.get().title(), null, null, doc.published()));
        }
        // A name that reads as no person's ("Boeing", "the Senate Finance Committee"): an organisation.
        return directory.recordOrganisation(new Directory.RecordOrganisation(name, null, null, null));
    }

    /** The one person the press release proposes whose every word is in the name typed ("Biden" in "Joe Biden"). */
    private static Optional<Proposal> partOf(List<Proposal> siblings, String typed) {
        Set<String> words = wordKeys(typed);
        List<Proposal> within = siblings.stream().filter(p -> p.subject() == Subject.PERSON)
                .filter(p -> words.containsAll(wordKeys(((ProposedRecord.Person) p.payload()).name()))).toList();
        return within.size() == 1 ? Optional.of(within.get(0)) : Optional.empty();
    }

    private static boolean sharesAWord(String a, String b) {
        Set<String> common = new HashSet<>(wordKeys(a));
        common.retainAll(wordKeys(b));
        return !common.isEmpty();
    }

    private static Set<String> wordKeys(String name) {
        return Arrays.stream(name.strip().split("\\s+")).map(NameKey::of).filter(k -> !k.isEmpty()).collect(Collectors.toSet());
    }

    /** Accepts a person or organisation proposed with an event, as corrected there when {@code corrected} is given. */
    private void markAccepted(Proposal p, long record, @Nullable ProposedRecord corrected) {
        if (p.status().equals("proposed")) {
            store.acceptedWithEvent(p.id(), record, corrected);
        }
    }

    private static Optional<Proposal> sibling(List<Proposal> proposals, Subject subject, String name) {
        String key = NameKey.of(name);
        return proposals.stream().filter(p -> p.subject() == subject).filter(p -> NameKey.of(p.payload() instanceof ProposedRecord.Person person
                ? person.name() : ((ProposedRecord.Organisation) p.payload()).name()).equals(key)).findFirst();
    }

    private static @Nullable String code(@Nullable CountryCode country) {
        return country == null ? null : country.value();
    }
}
