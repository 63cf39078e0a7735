package org.bilateral.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bilateral.WorkbenchTest;
import org.bilateral.engagements.Directory;
import org.bilateral.engagements.Engagements;
import org.bilateral.workbench.DemoRequested;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** serve --demo reads the corpus's five seed press releases into an empty register and accepts them as read. */
@WorkbenchTest
class DemoRegisterTest {

    private static final Path SEEDS = Path.of("../shared/corpus/seeds");

    @Autowired ApplicationEventPublisher events;
    @Autowired DemoRegister demo;
    @Autowired Directory directory;
    @Autowired Engagements engagements;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void emptyRegister() {
        RegisterFixture.clear(jdbc);
    }

    @Test
    void theSeedsSenatorsAndMinistersAndTheirMeetingsAreInTheRegister() {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "../shared/corpus/seeds is absent: skipped");

        events.publishEvent(new DemoRequested());

        // the eight people of the five seeds, each once whichever spelling a seed used ("Le Manh Hung", "Nguyen Hong Dien")
        assertThat(directory.people()).extracting(Directory.Person::name, Directory.Person::country).containsExactlyInAnyOrder(
                tuple("Bill Hagerty", "US"), tuple("Ted Cruz", "US"), tuple("Steve Daines", "US"), tuple("Howard Lutnick", "US"),
                tuple("Jacob Helberg", "US"), tuple("Stephen Vaden", "US"), tuple("Lê Mạnh Hùng", "VN"), tuple("Nguyễn Hồng Diên", "VN"));
        long hagerty = directory.findPerson("Bill Hagerty").orElseThrow().value();
        long cruz = directory.findPerson("Ted Cruz").orElseThrow().value();
        long daines = directory.findPerson("Steve Daines").orElseThrow().value();
        // Hagerty met the acting minister on 4 February 2026, on the sidelines of the sixth round (seed 001)
        assertThat(engagements.timeline(hagerty, null)).singleElement().satisfies(e -> {
            assertThat(e.happened()).isEqualTo("2026-02-04");
            assertThat(e.participants()).extracting(Engagements.Participant::name).containsExactlyInAnyOrder("Lê Mạnh Hùng", "Bill Hagerty");
        });
        // Cruz and Daines met Minister Diên together on 21 May (seed 003 gives no year, and none is guessed)
        assertThat(engagements.timeline(cruz, null)).singleElement().satisfies(e -> {
            assertThat(e.happened()).isEqualTo("XXXX-05-21");
            assertThat(e.participants()).extracting(Engagements.Participant::name)
                    .containsExactlyInAnyOrder("Nguyễn Hồng Diên", "Ted Cruz", "Steve Daines");
        });
        assertThat(engagements.timeline(daines, null)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from press_release where ingested_by = 'demo'").query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from proposal where status = 'proposed'").query(Long.class).single()).isZero();
    }

    @Test
    void aRegisterHoldingEngagementsReadsNoSeed() {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "../shared/corpus/seeds is absent: skipped");
        events.publishEvent(new DemoRequested());
        long held = engagements.count();

        assertThat(demo.load(SEEDS)).isEqualTo("The register already holds engagements; --demo reads no press release.");
        assertThat(engagements.count()).isEqualTo(held);
        assertThat(jdbc.sql("select count(*) from press_release").query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void withoutTheSeedsTheDemonstrationSaysSoAndReadsNothing(@org.junit.jupiter.api.io.TempDir Path empty) {
        assertThat(demo.load(empty.resolve("seeds"))).startsWith("No seed press releases at ").contains("bilateral.corpus");
        assertThat(engagements.count()).isZero();
    }
}
