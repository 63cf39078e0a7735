package org.bilateral.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.bilateral.WorkbenchTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@WorkbenchTest
@AutoConfigureMockMvc
class ReferenceDataTest {

    @Autowired CountryDirectory countries;
    @Autowired Nomenclature nomenclature;
    @Autowired ReferenceLoader loader;
    @Autowired MockMvc mvc;

    @Test
    void theFirstStartsLoadOfTheConfiguredDataRunsInATransactionOfItsOwn() {
        // as ReferenceStartup calls it, outside any transaction: its audit entry needs one
        ReferenceLoader.Summary summary = loader.loadConfigured();
        assertThat(summary.countries()).isEqualTo(4);
        assertThat(countries.find("Viet Nam")).isPresent();
    }

    @Test
    void countriesAreListedByTheirNamesAsAReaderOfTheLanguageOrdersThem() {
        java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of("Zimbabwe", "Åland Islands", "Cuba", "Albania", "Côte d'Ivoire"));
        names.sort(CountryDirectory.readingOrder(java.util.Locale.ENGLISH));
        assertThat(names).containsExactly("Åland Islands", "Albania", "Côte d'Ivoire", "Cuba", "Zimbabwe");
        names.sort(CountryDirectory.readingOrder(java.util.Locale.forLanguageTag("vi")));
        assertThat(names.indexOf("Åland Islands")).isLessThan(names.indexOf("Zimbabwe"));
        assertThat(countries.byName(java.util.Locale.ENGLISH)).extracting(Country::name).isSorted();
    }

    @Test
    void aCountryIsFoundByEveryCodeAndSpelling() {
        Country vietnam = countries.require("VN");
        assertThat(countries.find("VNM")).contains(vietnam);
        assertThat(countries.find("Việt Nam")).contains(vietnam);
        assertThat(countries.find("viet nam")).contains(vietnam);
        assertThat(countries.byCensusCode("5520")).contains(vietnam);
        assertThat(countries.byComtradeCode(704)).contains(vietnam);
        assertThat(countries.byComtradeCode(842)).contains(countries.require("USA"));
        assertThat(countries.byComtradeCode(840)).as("Comtrade files say 842 for the USA, not its M49 code").isEmpty();
        assertThat(countries.byCensusCode("5700").map(Country::name)).contains("China");
        assertThatThrownBy(() -> countries.require("Atlantis")).hasMessageContaining("unknown country 'Atlantis'");
    }

    @Test
    void everyCodeCountsInOneSectorTheLongestPrefixWinning() {
        assertThat(nomenclature.sectorOf("847130")).isEqualTo("chips");
        assertThat(nomenclature.sectorOf("851713")).isEqualTo("electronics");
        assertThat(nomenclature.sectorOf("880240")).isEqualTo("aircraft");
        assertThat(nomenclature.sectorOf("88")).as("a chapter goes where its subheadings go").isEqualTo("aircraft");
        assertThat(nomenclature.sectorOf("520100")).as("raw cotton before textiles").isEqualTo("cotton");
        assertThat(nomenclature.sectorOf("5201")).isEqualTo("cotton");
        assertThat(SectorAssignment.assign(List.of("84", "8411", "841181", "841210"),
                Map.of("84", "machinery", "841181", "power")))
                .containsEntry("841181", "power").containsEntry("841210", "machinery").containsEntry("84", "machinery");
    }

    @Test
    void aCodeCountsWhollyInOneSectorOnlyWhereNoSectorCodeSplitsIt() {
        assertThat(nomenclature.wholeSectorOf("61")).as("no sector code finer than 61: all of it is apparel").contains("textiles");
        assertThat(nomenclature.wholeSectorOf("94")).as("furniture is 9401 to 9404; 9405 lamps are other goods").isEmpty();
        assertThat(nomenclature.wholeSectorOf("9403")).contains("furniture");
        assertThat(nomenclature.wholeSectorOf("88")).as("split by aircraft headings, but every subheading listed is aircraft")
                .contains("aircraft");
        assertThat(nomenclature.wholeSectorOf("01")).as("no sector names it").contains("other");
        assertThat(nomenclature.wholeSectorOf("940511")).contains("other");
        assertThat(nomenclature.wholeSectorOf("8471300100")).as("a national line goes where its subheading goes").contains("chips");
        assertThat(nomenclature.wholeSectorOf("")).as("trade with no product named").isEmpty();
        assertThat(nomenclature.sectorsUnder("94")).as("what chapter 94 held only at HS2 may be").containsExactlyInAnyOrder(
                "furniture", "other");
        assertThat(nomenclature.sectorsUnder("61")).containsExactly("textiles");
        java.util.TreeSet<String> subheadings = new java.util.TreeSet<>(List.of("841181", "841210"));
        Map<String, String> prefixes = Map.of("84", "machinery", "841181", "power");
        Map<String, String> bySubheading = Map.of("841181", "power", "841210", "machinery");
        assertThat(SectorAssignment.wholeSector("84", prefixes, subheadings, bySubheading::get)).isNull();
        assertThat(SectorAssignment.wholeSector("8412", prefixes, subheadings, bySubheading::get)).isEqualTo("machinery");
    }

    @Test
    void aMissingLocationIsExplainedNotGuessed() {
        assertThatThrownBy(() -> loader.load("/nonexistent/reference"))
                .hasMessageContaining("reference data not found at /nonexistent/reference")
                .hasMessageContaining("BILATERAL_REFERENCE");
        assertThat(countries.isLoaded()).as("a failed load leaves what was there").isTrue();
    }

    @Test
    @WithMockUser(roles = "ANALYST")
    void theReferencePageShowsWhatEachSectorHolds() throws Exception {
        mvc.perform(get("/reference")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Gas turbines and power equipment")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("841181")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("5520")));
    }
}
