package org.bilateral.engagements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.bilateral.engagements.Directory.OrganisationId;
import org.bilateral.engagements.Directory.PersonId;
import org.bilateral.engagements.Directory.RecordOrganisation;
import org.bilateral.engagements.Directory.RecordPerson;
import org.bilateral.engagements.Directory.Title;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The directory over its stores on an embedded database: one record per person or organisation, however written. */
class DirectoryTest {

    private MergeProposals merges;
    private Directory directory;

    @BeforeEach
    void emptyRegister() {
        JdbcClient jdbc = RegisterDatabase.empty();
        merges = RegisterDatabase.merges(jdbc, event -> {
        });
        directory = RegisterDatabase.directory(jdbc, merges);
    }

    private PersonId person(String name, String title, String country, LocalDate seenOn) {
        return directory.recordPerson(new RecordPerson(name, title, country, null, seenOn));
    }

    private OrganisationId organisation(String name, String acronym, OrganisationKind kind) {
        return directory.recordOrganisation(new RecordOrganisation(name, acronym, "VN", kind));
    }

    @Test
    void aNameWrittenWithoutAccentsIsThePersonRecordedAlready() {
        PersonId first = person("Lê Mạnh Hùng", null, "VN", null);
        PersonId again = person("Le Manh Hung", null, null, null);
        assertThat(again).isEqualTo(first);
        assertThat(directory.existingPerson(first.value()).names()).containsExactlyInAnyOrder("Lê Mạnh Hùng", "Le Manh Hung");
        assertThat(directory.people()).hasSize(1);
    }

    @Test
    void aTitleIsHeldFromTheFirstReportThatGivesItToTheLast() {
        PersonId minister = person("Nguyễn Hồng Diên", "Minister", "VN", LocalDate.of(2026, 2, 1));
        person("Nguyễn Hồng Diên", "Minister", "VN", LocalDate.of(2026, 5, 10));
        person("Nguyễn Hồng Diên", "Minister", "VN", LocalDate.of(2026, 3, 1));
        person("Nguyễn Hồng Diên", "Acting Minister", "VN", LocalDate.of(2026, 1, 10));
        // ordered by the day first seen: acting from 10 January, minister from 1 February (last seen 10 May)
        assertThat(directory.existingPerson(minister.value()).titles()).containsExactly(
                new Title("Acting Minister", LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 10)),
                new Title("Minister", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 10)));
        assertThat(directory.existingPerson(minister.value()).title()).isEqualTo("Minister");
    }

    @Test
    void namesakesOfOneCountryAndTitleAreProposedNotMerged() {
        PersonId william = person("William Hagerty", "Ambassador", "US", null);
        PersonId bill = person("Bill Hagerty", "Ambassador", "US", null);
        assertThat(bill).isNotEqualTo(william);
        assertThat(merges.open()).singleElement().satisfies(p -> {
            assertThat(p.subject()).isEqualTo(MergeSubject.PERSON);
            assertThat(p.keptId()).isEqualTo(william.value());
            assertThat(p.mergedId()).isEqualTo(bill.value());
            assertThat(p.reason()).isEqualTo("same last name, both US, both Ambassador");
        });
    }

    @Test
    void vietnameseSharingOnlyAGivenNameAreNotProposed() {
        person("Nguyễn Mạnh Hùng", null, "VN", null);
        person("Lê Mạnh Hùng", null, "VN", null);
        assertThat(merges.open()).isEmpty();
    }

    @Test
    void anOrganisationWrittenWithACorporateWordIsTheOneRecordedAlready() {
        OrganisationId vietjet = organisation("VietJet", null, OrganisationKind.COMPANY);
        OrganisationId again = directory.recordOrganisation(new RecordOrganisation("Vietjet Air", "VJC", null, null));
        assertThat(again).isEqualTo(vietjet);
        Directory.Organisation o = directory.existingOrganisation(vietjet.value());
        assertThat(o.names()).containsExactlyInAnyOrder("VietJet", "Vietjet Air", "VJC");
        assertThat(o.acronym()).as("learnt from the second report").isEqualTo("VJC");
        assertThat(o.country()).as("kept from the first").isEqualTo("VN");
        assertThat(o.kind()).as("a kind known is not replaced").isEqualTo(OrganisationKind.COMPANY);
        assertThat(directory.findOrganisation("vjc")).contains(vietjet);
    }

    @Test
    void aKindOfOtherGivesWayToOneAReportTells() {
        OrganisationId moit = directory.recordOrganisation(new RecordOrganisation("Bộ Công Thương", null, null, null));
        organisation("Bo Cong Thuong", "MOIT", OrganisationKind.MINISTRY);
        assertThat(directory.existingOrganisation(moit.value()).kind()).isEqualTo(OrganisationKind.MINISTRY);
    }

    @Test
    void aNameBeginningAnotherIsANewOrganisationProposedAsTheSame() {
        OrganisationId vingroup = organisation("Vingroup", null, OrganisationKind.COMPANY);
        OrganisationId investment = organisation("Vingroup Investment", null, OrganisationKind.COMPANY);
        assertThat(investment).isNotEqualTo(vingroup);
        assertThat(merges.open()).extracting(MergeProposals.Proposal::reason).containsExactly("one name begins the other: \"Vingroup Investment\"");
    }

    @Test
    void anEarlierSpellingFindsThePersonUnlessItIsAnothers() {
        PersonId chinh = person("Phạm Minh Chính", null, "VN", null);
        PersonId ha = person("Trần Hồng Hà", null, "VN", null);
        directory.alsoWritten(chinh, " Pham M. Chinh ");
        directory.alsoWritten(chinh, "Tran Hong Ha");
        directory.alsoWritten(chinh, "P");
        assertThat(directory.findPerson("pham m chinh")).contains(chinh);
        assertThat(directory.findPerson("Trần Hồng Hà")).contains(ha);
        assertThat(directory.existingPerson(chinh.value()).names()).containsExactlyInAnyOrder("Phạm Minh Chính", "Pham M. Chinh");
    }

    @Test
    void anEarlierSpellingFindsTheOrganisationUnlessItIsAnothers() {
        OrganisationId moit = organisation("Ministry of Industry and Trade", "MOIT", OrganisationKind.MINISTRY);
        OrganisationId mof = organisation("Ministry of Finance", "MOF", OrganisationKind.MINISTRY);
        directory.alsoWritten(moit, "Bộ Công Thương");
        directory.alsoWritten(moit, "MOF");
        assertThat(directory.findOrganisation("Bo Cong Thuong")).contains(moit);
        assertThat(directory.findOrganisation("MOF")).contains(mof);
    }

    @Test
    void organisationsAreGivenByNumberWithTheirPeople() {
        OrganisationId moit = organisation("Ministry of Industry and Trade", "MOIT", OrganisationKind.MINISTRY);
        OrganisationId mof = organisation("Ministry of Finance", "MOF", OrganisationKind.MINISTRY);
        PersonId dien = directory.recordPerson(new RecordPerson("Nguyễn Hồng Diên", null, "vn ", moit, null));
        person("Hồ Đức Phớc", null, "VN", null);
        assertThat(directory.organisations(List.of(moit.value(), mof.value(), moit.value())).keySet()).containsExactlyInAnyOrder(moit.value(),
                mof.value());
        assertThat(directory.organisations(List.of())).isEmpty();
        assertThat(directory.peopleOf(moit.value())).extracting(Directory.Person::id).containsExactly(dien.value());
        assertThat(directory.existingPerson(dien.value()).country()).as("upper-cased and stripped").isEqualTo("VN");
        assertThat(directory.existingPerson(dien.value()).organisation()).isEqualTo("Ministry of Industry and Trade");
    }

    @Test
    void aPersonOrOrganisationNotThereIsNotFoundOnlyWhenAskedForByAPage() {
        assertThat(directory.person(99)).isEmpty();
        assertThat(directory.organisation(99)).isEmpty();
        assertThatThrownBy(() -> directory.existingPerson(99)).isInstanceOfSatisfying(NotFound.class,
                e -> assertThat(e.thing()).isEqualTo(NotFound.Thing.PERSON));
        assertThatThrownBy(() -> directory.existingOrganisation(99)).isInstanceOfSatisfying(NotFound.class,
                e -> assertThat(e.getMessage()).isEqualTo("there is no organisation 99"));
    }

    @Test
    void aNameOfFewerThanTwoLettersIsRefusedByItsField() {
        assertThatThrownBy(() -> new RecordPerson(" - ", null, null, null, null)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems().get(0).source()).isEqualTo("person name"));
        assertThatThrownBy(() -> new RecordOrganisation("Ă", null, null, null)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems().get(0).source()).isEqualTo("organisation name"));
    }

    @Test
    void blankDetailsAreAbsentAndAnOrganisationWithoutKindIsOther() {
        RecordOrganisation o = new RecordOrganisation(" Boeing ", " ", " us ", null);
        assertThat(o).isEqualTo(new RecordOrganisation("Boeing", null, "US", OrganisationKind.OTHER));
    }

    @Test
    void aNameReadInEnglishAndInVietnameseIsOnePersonShownWithItsDiacritics() {
        PersonId english = person("Nguyen Hong Dien", "Minister of Industry and Trade", "VN", LocalDate.of(2026, 2, 3));
        PersonId vietnamese = person("Nguyễn Hồng Diên", "Bộ trưởng Bộ Công Thương", "VN", LocalDate.of(2026, 2, 2));
        assertThat(vietnamese).isEqualTo(english);
        Directory.Person dien = directory.existingPerson(english.value());
        assertThat(dien.name()).as("the spelling with diacritics, though the English report came first").isEqualTo("Nguyễn Hồng Diên");
        assertThat(dien.names()).containsExactlyInAnyOrder("Nguyen Hong Dien", "Nguyễn Hồng Diên");
        // one office in two languages is one title, seen from the first report of either (2 February) to the last (3 February)
        assertThat(dien.titles()).containsExactly(new Title("Bộ trưởng Bộ Công Thương", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 3)));

        // a name without diacritics never takes the place of one with them
        person("Nguyen Hong Dien", null, null, null);
        assertThat(directory.existingPerson(english.value()).name()).isEqualTo("Nguyễn Hồng Diên");
    }

    @Test
    void anInstitutionRecordedInOneLanguageIsFoundByItsNameInTheOther() {
        OrganisationId moit = directory.recordOrganisation(new RecordOrganisation("Bộ Công Thương", null, null, null));
        Directory.Organisation recorded = directory.existingOrganisation(moit.value());
        assertThat(recorded.acronym()).as("what the lexicon knows and the report did not say").isEqualTo("MOIT");
        assertThat(recorded.country()).isEqualTo("VN");
        assertThat(recorded.kind()).isEqualTo(OrganisationKind.MINISTRY);

        assertThat(directory.recordOrganisation(new RecordOrganisation("Ministry of Industry and Trade", "MOIT", "VN", OrganisationKind.MINISTRY)))
                .isEqualTo(moit);
        assertThat(directory.findOrganisation("Ministry of Industry and Trade")).contains(moit);
        assertThat(directory.findOrganisation("Bo Cong Thuong")).contains(moit);
        OrganisationId commerce = directory.recordOrganisation(new RecordOrganisation("U.S. Department of Commerce", null, "US", null));
        assertThat(directory.recordOrganisation(new RecordOrganisation("Bộ Thương mại Hoa Kỳ", null, null, null))).isEqualTo(commerce);
        assertThat(directory.organisations()).hasSize(2);
        assertThat(directory.existingOrganisation(moit.value()).names()).as("the spellings reported, not the lexicon's")
                .containsExactlyInAnyOrder("Bộ Công Thương", "Ministry of Industry and Trade", "MOIT");
    }

    @Test
    void twoTitlesOfDifferentOfficesStayTwo() {
        PersonId hung = person("Lê Mạnh Hùng", "Thứ trưởng Bộ Công Thương", "VN", LocalDate.of(2025, 6, 1));
        person("Le Manh Hung", "Acting Minister of Industry and Trade", "VN", LocalDate.of(2026, 2, 4));
        assertThat(directory.existingPerson(hung.value()).titles()).extracting(Title::title)
                .containsExactly("Thứ trưởng Bộ Công Thương", "Acting Minister of Industry and Trade");
    }

    @Test
    void twoRecordsOfOneInstitutionMadeBeforeTheLexiconKnewItAreProposedAsOne() {
        // as a register filled before the lexicon would hold them: one record under each language's name
        JdbcClient jdbc = RegisterDatabase.empty();
        long english = jdbc.sql("insert into organisation (name, country, kind) values ('Ministry of Industry and Trade', 'VN', 'ministry') returning id")
                .query(Long.class).single();
        long vietnamese = jdbc.sql("insert into organisation (name, country, kind) values ('Bộ Công Thương', 'VN', 'ministry') returning id")
                .query(Long.class).single();
        jdbc.sql("insert into organisation_name (organisation_id, name, key) values (:e, 'Ministry of Industry and Trade', 'ministryofindustryandtrade'),"
                + " (:v, 'Bộ Công Thương', 'bocongthuong')").param("e", english).param("v", vietnamese).update();

        assertThat(directory.recordOrganisation(new RecordOrganisation("MOIT", null, null, null)).value()).isEqualTo(english);
        assertThat(merges.all()).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo(MergeSubject.ORGANISATION);
            assertThat(m.keptId()).isEqualTo(english);
            assertThat(m.mergedId()).isEqualTo(vietnamese);
            assertThat(m.reason()).isEqualTo("one institution in the lexicon of offices: Ministry of Industry and Trade (Bộ Công Thương)");
        });
    }
}
