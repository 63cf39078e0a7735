package org.bilateral.engagements;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Locale;
import org.bilateral.engagements.Directory.PersonId;
import org.bilateral.engagements.Directory.RecordOrganisation;
import org.bilateral.engagements.Directory.RecordPerson;
import org.bilateral.engagements.Engagements.RecordEngagement;
import org.bilateral.shared.Findable.Found;
import org.bilateral.shared.Findable.Kind;
import org.bilateral.shared.Findable.Query;
import org.bilateral.shared.ReportedDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The register's part of the search, on an embedded database: people, organisations and engagements by any of their words. */
class RegisterSearchTest {

    private RegisterSearch search;
    private Directory directory;

    @BeforeEach
    void aMinisterAnAmbassadorAndTheirMeeting() {
        JdbcClient jdbc = RegisterDatabase.empty();
        MergeProposals merges = RegisterDatabase.merges(jdbc, event -> {
        });
        directory = RegisterDatabase.directory(jdbc, merges);
        Engagements engagements = RegisterDatabase.engagements(jdbc, merges);
        Directory.OrganisationId moit = directory.recordOrganisation(new RecordOrganisation("Ministry of Industry and Trade", "MOIT", "VN",
                OrganisationKind.MINISTRY));
        PersonId minister = directory.recordPerson(new RecordPerson("Nguyễn Hồng Diên", "Minister", "VN", moit, null));
        PersonId ambassador = directory.recordPerson(new RecordPerson("Marc Knapper", "Ambassador", "US", null, null));
        engagements.record(new RecordEngagement(EngagementKind.MEETING, ReportedDate.parse("2026-02-04"), null, "Hà Nội", null, null,
                List.of(minister, ambassador), List.of(), List.of("tariffs"), null, 1, "release.txt", "they met"));
        search = new RegisterSearch(directory, engagements, RegisterDatabase.OFFICES);
    }

    @Test
    void aPersonIsFoundByANameWrittenWithoutAccentsAndShownWithTitleOrganisationAndCountry() {
        List<Found> found = search.find(new Query("nguyen hong dien"), 10);
        assertThat(found).first().isEqualTo(new Found(Kind.PERSON, "Nguyễn Hồng Diên", "Minister · Ministry of Industry and Trade · VN", "/people/1"));
        assertThat(found).extracting(Found::kind).as("and the meeting the minister took part in").containsExactly(Kind.PERSON, Kind.ENGAGEMENT);
    }

    @Test
    void anOrganisationIsFoundByItsAcronymAndAnEngagementByItsTopic() {
        assertThat(search.find(new Query("moit"), 10)).extracting(Found::kind, Found::label).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.ORGANISATION, "Ministry of Industry and Trade (MOIT)"));
        assertThat(search.find(new Query("tariffs"), 10)).singleElement().satisfies(found -> {
            assertThat(found.label()).isEqualTo("2026-02-04 · Hà Nội");
            assertThat(found.detail().split(", ")).containsExactlyInAnyOrder("Nguyễn Hồng Diên", "Marc Knapper");
            assertThat(found.href()).isEqualTo("/engagements/1");
        });
    }

    @Test
    void everyKindIsCutToTheLimitOnItsOwn() {
        directory.recordPerson(new RecordPerson("Marc Knapper Jr", null, "US", null, null));
        // two people are Knappers, one engagement has one: a limit of one keeps the first person by name and the engagement
        assertThat(search.find(new Query("knapper"), 1)).extracting(Found::kind, Found::label).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.PERSON, "Marc Knapper"), org.assertj.core.groups.Tuple.tuple(Kind.ENGAGEMENT, "2026-02-04 · Hà Nội"));
    }

    @Test
    void aBlankQueryFindsNothing() {
        assertThat(search.find(new Query(" x "), 10)).isEmpty();
    }

    @Test
    void aTitleAndAnInstitutionAreFoundByTheirNamesInEitherLanguageAndShownInThePagesLanguage() {
        directory.recordPerson(new RecordPerson("Trần Văn Bình", "Thứ trưởng Bộ Công Thương", "VN", null, null));
        try {
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(search.find(new Query("deputy minister industry trade"), 10)).extracting(Found::label, Found::detail)
                    .containsExactly(tuple("Trần Văn Bình", "Deputy Minister of Industry and Trade · VN"));
            // the ministry was recorded by its English name; its Vietnamese one finds it, and the deputy minister by his title
            assertThat(search.find(new Query("bo cong thuong"), 10)).extracting(Found::kind, Found::label).containsExactly(
                    tuple(Kind.PERSON, "Trần Văn Bình"), tuple(Kind.ORGANISATION, "Ministry of Industry and Trade (MOIT)"));
            LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
            assertThat(search.find(new Query("Ministry of Industry and Trade"), 10)).extracting(Found::label, Found::detail)
                    .contains(tuple("Bộ Công Thương (MOIT)", "VN"));
            assertThat(search.find(new Query("Trần Văn Bình"), 10)).extracting(Found::detail).containsExactly("Thứ trưởng Bộ Công Thương · VN");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
