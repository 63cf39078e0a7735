package org.bilateral.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** What a code, a section and a sector are called in the page's language, over a store of a few codes (no database). */
class NomenclatureTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** The workbench's own messages, as Spring Boot reads them. */
    static MessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static Nomenclature nomenclature() {
        NomenclatureStore store = Mockito.mock(NomenclatureStore.class);
        Mockito.when(store.codes()).thenReturn(List.of(
                new NomenclatureStore.Code("88", 2, "XVII", "Aircraft, spacecraft, and parts thereof", "Phương tiện bay, tàu vũ trụ, và các bộ phận của chúng"),
                new NomenclatureStore.Code("99", 2, null, "Commodities not specified according to kind", null)));
        Mockito.when(store.sections()).thenReturn(List.of(new HsSection("XVII", 1, "Vehicles, aircraft, vessels and associated transport equipment")));
        Mockito.when(store.sectors(Mockito.anyMap())).thenReturn(List.of(new Sector("aircraft", "Aircraft and parts",
                "Aircraft, drones, their engines and parts", List.of("8802"))));
        return new Nomenclature(store, messages());
    }

    @AfterEach
    void english() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aCodeReadsInThePagesLanguageAndEnglishOutsideARequest() {
        Nomenclature n = nomenclature();
        assertThat(n.description("88")).contains("Aircraft, spacecraft, and parts thereof");
        LocaleContextHolder.setLocale(VI);
        assertThat(n.description("88")).contains("Phương tiện bay, tàu vũ trụ, và các bộ phận của chúng");
        assertThat(n.description("88", Locale.ENGLISH)).as("a brief or a word match may ask for English").contains("Aircraft, spacecraft, and parts thereof");
    }

    @Test
    void aCodeVietnamsNomenclatureLacksShowsItsEnglishDescriptionMarkedAsEnglish() {
        LocaleContextHolder.setLocale(VI);
        Nomenclature n = nomenclature();
        assertThat(n.description("99")).contains("Commodities not specified according to kind"
                + " (mô tả tiếng Anh: danh mục hàng hóa của Việt Nam không có mã này)");
        assertThat(n.describe("88024010")).as("a national line HS 2022 does not have").isEqualTo("(mã quốc gia hoặc mã đặc biệt)");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(n.description("99")).contains("Commodities not specified according to kind");
        assertThat(n.describe("88024010")).isEqualTo("(national or special code)");
    }

    @Test
    void sectionsAndSectorsAreNamedInThePagesLanguage() {
        Nomenclature n = nomenclature();
        assertThat(n.sector("aircraft")).map(Sector::name).contains("Aircraft and parts");
        assertThat(n.sector(Sector.OTHER)).map(Sector::name).contains("Other goods");
        LocaleContextHolder.setLocale(VI);
        assertThat(n.sector("aircraft")).map(Sector::name).contains("Máy bay và phụ tùng");
        assertThat(n.sector(Sector.OTHER)).map(Sector::name).contains("Hàng hóa khác");
        assertThat(n.sectors()).extracting(Sector::prefixes).first().isEqualTo(List.of("8802"));
        assertThat(n.section("XVII")).map(HsSection::name).contains("Xe cộ, phương tiện bay, tàu thuyền và các thiết bị vận tải liên hợp");
        assertThat(n.sectionOfChapter("88")).map(HsSection::name).contains("Xe cộ, phương tiện bay, tàu thuyền và các thiết bị vận tải liên hợp");
    }

    @Test
    void everyOneOfBilateralsSectorsAndEveryHsSectionHasAVietnameseName() throws Exception {
        MessageSource messages = messages();
        List<String> ids = new java.util.ArrayList<>();
        try (var in = ReferenceTables.class.getResourceAsStream("sectors.csv")) {
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().skip(1).forEach(l -> ids.add(l.split(",")[0]));
        }
        ids.add(Sector.OTHER);
        // 24 sectors in sectors.csv and "other"
        assertThat(ids).hasSize(25);
        for (String id : ids) {
            assertThat(messages.getMessage("sector.name." + id, null, null, VI)).as(id).isNotBlank();
        }
        for (String numeral : List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
                "XVII", "XVIII", "XIX", "XX", "XXI")) {
            assertThat(messages.getMessage("hs.section." + numeral, null, null, VI)).as(numeral).isNotBlank();
        }
    }
}
