package org.bilateral.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilateral.WorkbenchTest;
import org.bilateral.engagements.Directory;
import org.bilateral.engagements.Engagements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole path, readers included: the ministry's Vietnamese release and the embassy's English one of the
 * same working session are ingested, each read by the reader of its language, and accepted as read; the register then
 * holds one minister (with his diacritics), one ambassador, one ministry and one engagement with both releases as its
 * sources. {@link OneRegisterAcrossLanguagesTest} checks the register with proposals written by hand; this one checks
 * that what the two readers propose meets there.
 */
@WorkbenchTest
class BothLanguagesReadIntoOneRegisterTest {

    static final String VIETNAMESE = """
            Bộ trưởng Nguyễn Hồng Diên làm việc với Đại sứ Hoa Kỳ

            Ngày 3/2/2026

            Chiều ngày 2/2, tại Hà Nội, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên đã có buổi làm việc với Đại sứ Hoa Kỳ \
            tại Việt Nam Marc Knapper về thúc đẩy thương mại song phương cân bằng, bền vững.

            Tại buổi làm việc, Bộ trưởng Diên đề nghị phía Hoa Kỳ sớm công nhận quy chế kinh tế thị trường của Việt Nam.
            """;

    static final String ENGLISH = """
            HANOI, February 3, 2026 - Minister of Industry and Trade Nguyen Hong Dien met U.S. Ambassador to Vietnam \
            Marc Knapper on February 2 to discuss balanced and sustainable bilateral trade.

            Minister Dien asked the United States to recognise Vietnam as a market economy.
            """;

    @Autowired PressReleases pressReleases;
    @Autowired Directory directory;
    @Autowired Engagements engagements;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void emptyRegister() {
        RegisterFixture.clear(jdbc);
    }

    @Test
    void aVietnameseAndAnEnglishReleaseOfOneMeetingReadAndAcceptedAreOneEngagementWithTwoSources() {
        PressReleases.Ingested vi = pressReleases.ingest(new PressRelease("bo-cong-thuong-2-2.txt", VIETNAMESE), "analyst");
        PressReleases.Ingested en = pressReleases.ingest(new PressRelease("embassy-2-3.txt", ENGLISH), "analyst");
        // the Vietnamese reader proposes as the English one does: the meeting, both people, the issue
        assertThat(vi.proposals()).as("proposals from the Vietnamese release").isGreaterThanOrEqualTo(3);
        pressReleases.acceptAll(vi.id(), "analyst");
        pressReleases.acceptAll(en.id(), "analyst");

        assertThat(directory.people()).extracting(Directory.Person::name)
                .containsExactlyInAnyOrder("Nguyễn Hồng Diên", "Marc Knapper");
        Directory.Person dien = directory.people().stream().filter(p -> p.name().equals("Nguyễn Hồng Diên")).findFirst().orElseThrow();
        assertThat(dien.names()).contains("Nguyễn Hồng Diên", "Nguyen Hong Dien");
        assertThat(dien.titles()).extracting(Directory.Title::title).as("one office in two languages is one title").hasSize(1);
        assertThat(engagements.timeline(null, null)).singleElement().satisfies(e -> {
            assertThat(e.happened()).isEqualTo("2026-02-02");
            assertThat(e.sources()).extracting(Engagements.Source::name)
                    .containsExactlyInAnyOrder("bo-cong-thuong-2-2.txt", "embassy-2-3.txt");
            assertThat(e.participants()).extracting(Engagements.Participant::name)
                    .contains("Nguyễn Hồng Diên", "Marc Knapper");
        });
    }
}
