package org.bilateral.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.InvalidInput;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The loader over its store on an embedded database of its own (no Spring context): the project's small fixture, whole or not at all. */
class ReferenceLoaderTest {

    private static final Path FIXTURE = Path.of("src/test/resources/reference");

    private static EmbeddedPostgres pg;
    private static JdbcClient jdbc;
    private static ReferenceLoader loader;

    @BeforeAll
    static void migratedDatabase() throws Exception {
        pg = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(pg.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(pg.getPostgresDatabase());
        loader = new ReferenceLoader(new ReferenceStore(jdbc, new JdbcTemplate(pg.getPostgresDatabase())), event -> {
        }, FIXTURE.toString(), Mockito.mock(AuditTrail.class));
    }

    @AfterAll
    static void stop() throws Exception {
        pg.close();
    }

    private static long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void theFixtureLoadsItsCountriesCodesAndSectors() {
        ReferenceLoader.Summary summary = loader.loadConfigured();
        // US, VN, CN, MX; of them VN, CN and MX have Census codes (the US is not its own partner);
        // 25 HS lines under the header, none TOTAL; 24 sectors under sectors.csv's header; 5 sections; hs2022-vi.csv's 40
        // lines: the same 25 codes (7 chapters, 9 headings, 9 subheadings) and 15 national lines, checked, not kept
        assertThat(summary).isEqualTo(new ReferenceLoader.Summary(FIXTURE.toAbsolutePath().normalize().toString(), 4, 3, 25, 24, 25));
        assertThat(jdbc.sql("select description_vi from hs_code where code = '1201'").query(String.class).single())
                .isEqualTo("Đậu tương, đã hoặc chưa vỡ mảnh");
        assertThat(count("hs_section")).isEqualTo(5);
        assertThat(jdbc.sql("select comtrade_code from country where alpha2 = 'US'").query(Integer.class).single()).isEqualTo(842);
        assertThat(jdbc.sql("select alpha2 from country_name where folded = 'vietnam'").query(String.class).single()).isEqualTo("VN");
        assertThat(jdbc.sql("select sector_id from hs_sector where code = '8802'").query(String.class).single()).isEqualTo("aircraft");
        assertThat(loader.isLoaded()).isTrue();
    }

    @Test
    void aRefusedFileLeavesTheDataThatWasThere(@TempDir Path folder) throws Exception {
        loader.loadConfigured();
        Files.createDirectories(folder.resolve("countries"));
        Files.createDirectories(folder.resolve("hs"));
        Files.copy(FIXTURE.resolve("countries/country-codes.csv"), folder.resolve("countries/country-codes.csv"));
        Files.copy(FIXTURE.resolve("hs/sections.csv"), folder.resolve("hs/sections.csv"));
        Files.writeString(folder.resolve("hs/harmonized-system.csv"), "section,hscode,description,parent,level\nII,120,Odd,12,4\n");
        assertThatThrownBy(() -> loader.load(folder.toString())).isInstanceOf(InvalidInput.class).hasMessageContaining("line 2");
        assertThat(count("hs_code")).as("the fixture's codes, untouched").isEqualTo(25);
        assertThat(count("country")).isEqualTo(4);
    }

    @Test
    void aRefusedVietnameseFileLeavesTheDataThatWasThereAndAFolderWithoutItLoadsTheEnglishAlone(@TempDir Path folder) throws Exception {
        loader.loadConfigured();
        Files.createDirectories(folder.resolve("countries"));
        Files.createDirectories(folder.resolve("hs"));
        for (String file : List.of("countries/country-codes.csv", "hs/sections.csv", "hs/harmonized-system.csv")) {
            Files.copy(FIXTURE.resolve(file), folder.resolve(file));
        }
        Files.writeString(folder.resolve("hs/hs2022-vi.csv"),
                "hscode,level,parent,description_vi,description_vi_path,description_en,derived_from\n12,2,,,,,chapterNames.ts\n");
        assertThatThrownBy(() -> loader.load(folder.toString())).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("hs/hs2022-vi.csv, line 2, field description_vi: empty");
        assertThat(jdbc.sql("select count(*) from hs_code where description_vi is not null").query(Long.class).single())
                .as("the fixture's Vietnamese texts, untouched").isEqualTo(25);
        Files.delete(folder.resolve("hs/hs2022-vi.csv"));
        assertThat(loader.load(folder.toString()).vietnameseDescriptions()).isZero();
        assertThat(jdbc.sql("select count(*) from hs_code where description_vi is not null").query(Long.class).single()).isZero();
        loader.loadConfigured();
    }

    @Test
    void aLocationWithoutTheFilesIsExplained() {
        assertThatThrownBy(() -> loader.load("src/test")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set BILATERAL_REFERENCE");
    }
}
