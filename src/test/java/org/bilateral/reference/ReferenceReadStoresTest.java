package org.bilateral.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.CountryCode;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stores the directory and the nomenclature read from (CountryStore, NomenclatureStore), on an embedded database of
 * their own holding the project's small fixture, and the facades over them.
 */
class ReferenceReadStoresTest {

    private static final Path FIXTURE = Path.of("src/test/resources/reference");

    private static EmbeddedPostgres pg;
    private static CountryStore countries;
    private static NomenclatureStore codes;

    @BeforeAll
    static void theFixtureLoaded() throws Exception {
        pg = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(pg.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(pg.getPostgresDatabase());
        new ReferenceLoader(new ReferenceStore(jdbc, new JdbcTemplate(pg.getPostgresDatabase())), event -> {
        }, FIXTURE.toString(), Mockito.mock(AuditTrail.class)).loadConfigured();
        countries = new CountryStore(jdbc);
        codes = new NomenclatureStore(jdbc);
    }

    @AfterAll
    static void stop() throws Exception {
        pg.close();
    }

    @Test
    void theCountryStoreReadsEveryCountryAndTheDirectoryFindsThemByCodeAndName() {
        // the fixture's four countries: US, VN, CN, MX
        assertThat(countries.countries()).extracting(c -> c.code().value()).containsExactlyInAnyOrder("US", "VN", "CN", "MX");
        assertThat(countries.names()).contains(new CountryStore.NameOf("vietnam", "VN"));
        CountryDirectory directory = new CountryDirectory(countries);
        assertThat(directory.find("Vietnam")).map(Country::code).contains(CountryCode.of("VN"));
        assertThat(directory.find("usa")).map(Country::code).contains(CountryCode.of("US"));
        // Comtrade keeps its own code for the United States (842), not M49's 840
        assertThat(directory.byComtradeCode(842)).map(Country::code).contains(CountryCode.of("US"));
    }

    @Test
    void theNomenclatureStoreReadsCodesSectionsAndSectorsAndTheNomenclatureAnswersFromThem() {
        // 25 HS lines under the header of harmonized-system.csv; 5 sections, in the file's order
        assertThat(codes.codes()).hasSize(25);
        assertThat(codes.sections()).extracting(HsSection::numeral).containsExactly("II", "XI", "XVI", "XVII", "XX");
        assertThat(codes.claims()).contains(new NomenclatureStore.Claim("8802", "aircraft"));
        Nomenclature nomenclature = new Nomenclature(codes, NomenclatureTest.messages());
        assertThat(nomenclature.sectionOfChapter("88")).map(HsSection::numeral).contains("XVII");
        assertThat(nomenclature.description("8802")).contains("Aircraft and spacecraft");
        assertThat(nomenclature.sectorOf("8802")).isEqualTo("aircraft");
        // the fixture's subheadings, in code order: 120190 (soya beans) first, 940511 (lighting) last, 9 in all
        assertThat(nomenclature.subheadings()).hasSize(9).startsWith("120190").endsWith("940511");
        assertThat(nomenclature.sectors()).extracting(Sector::id).endsWith(Sector.OTHER);
        // the fixture's hs2022-vi.csv gives each of the 25 codes its Vietnamese text: 880240 reads under heading 8802
        assertThat(nomenclature.vietnameseCount()).isEqualTo(25);
        assertThat(nomenclature.description("880240", java.util.Locale.forLanguageTag("vi"))).contains("Phương tiện bay khác (ví dụ, "
                + "trực thăng, máy bay); trừ phương tiện bay không người lái thuộc nhóm 88.06; tàu vũ trụ (kể cả vệ tinh) và tàu bay "
                + "trong quĩ đạo và phương tiện đẩy để phóng tàu vũ trụ; Máy bay và phương tiện bay khác, có trọng lượng không tải trên 15.000kg");
        assertThat(nomenclature.description("880240", java.util.Locale.ENGLISH)).contains("Aeroplanes, unladen weight exceeding 15,000kg");
    }
}
