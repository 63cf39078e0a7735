package org.bilateral.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.bilateral.shared.CountryCode;
import org.junit.jupiter.api.Test;

/** How a Federal Register document's title, abstract, agencies and type are read as a proposal for Vietnam. */
class RemedyReadingTest {

    static final RemedyReading.Partner VN = RemedyReading.PARTNERS.get(CountryCode.of("VN"));

    private static FederalRegisterDocument notice(String title, String abstractText, String... agencies) {
        return new FederalRegisterDocument("2031-00001", title, abstractText, "Notice", null, null, LocalDate.of(2031, 1, 2),
                "https://www.federalregister.gov/d/2031-00001", List.of(agencies));
    }

    private static FederalRegisterDocument presidential(String title) {
        return new FederalRegisterDocument("2031-00002", title, null, "Presidential Document", "Executive Order", "14999",
                LocalDate.of(2031, 1, 2), "https://www.federalregister.gov/d/2031-00002", List.of("Executive Office of the President"));
    }

    @Test
    void aCaseNumberIsReadForThePartnerAndAnotherCountrysIsNot() {
        assertThat(RemedyReading.caseNumber(VN, "shrimp from Vietnam (C-552-838) and from China (A-570-893)")).contains("C-552-838");
        assertThat(RemedyReading.caseNumber(VN, "paper plates from China (A-570-170)")).isEmpty();
        assertThat(RemedyReading.caseNumber(VN, "evasion of duties (EAPA Case Number 7890)")).contains("EAPA 7890");
    }

    @Test
    void anOrderAReviewAndAnEvasionCaseAreToldApartAndAnotherCountrysOrderIsNotProposed() {
        assertThat(RemedyReading.proposed(VN, notice("Certain Paper Plates From the Socialist Republic of Vietnam: Antidumping Duty Order",
                "(A-552-840)", "International Trade Administration"))).contains(RemedyProposal.Proposed.NEW_ORDER);
        assertThat(RemedyReading.proposed(VN, notice("Certain Frozen Fish Fillets From the Socialist Republic of Vietnam: Final Results "
                + "of Antidumping Duty Administrative Review; 2022-2023", "", "International Trade Administration")))
                .contains(RemedyProposal.Proposed.REVIEW);
        assertThat(RemedyReading.proposed(VN, notice("Notice of Determination as to Evasion", "transshipped through Vietnam",
                "U.S. Customs and Border Protection"))).contains(RemedyProposal.Proposed.EVASION);
        assertThat(RemedyReading.proposed(VN, notice("Mattresses From Vietnam: Initiation of Less-Than-Fair-Value Investigation", "",
                "International Trade Administration"))).contains(RemedyProposal.Proposed.NOTICE);
        // "Vietnamese" is not the word "Vietnam": the order is China's
        assertThat(RemedyReading.proposed(VN, notice("Certain Paper Plates From the People's Republic of China: Antidumping Duty Order",
                "Vietnamese producers are not subject to this order.", "International Trade Administration"))).isEmpty();
    }

    @Test
    void aPresidentialDocumentIsATariffActionWhenItSpeaksOfTariffsOnThePartnerOrOnEveryPartner() {
        assertThat(RemedyReading.proposed(VN, presidential("Further Modifying the Reciprocal Tariff Rates")))
                .contains(RemedyProposal.Proposed.TARIFF_ACTION);
        assertThat(RemedyReading.proposed(VN, presidential("Adjusting Imports of Copper Into the United States"))).isEmpty();
        assertThat(RemedyReading.proposed(VN, presidential("Imposing Duties To Address the Situation at Our Northern Border"))).isEmpty();
    }

    @Test
    void theProductIsWhatTheTitleNamesBeforeFromVietnam() {
        assertThat(RemedyReading.product("Certain Molded Fiber Tableware From the Socialist Republic of Vietnam: Antidumping Duty Order"))
                .isEqualTo("Certain Molded Fiber Tableware");
        assertThat(RemedyReading.product("Notice of Determination as to Evasion")).isEqualTo("Notice of Determination as to Evasion");
    }
}
