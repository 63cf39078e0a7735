package org.bilateral.offers.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import org.bilateral.WorkbenchTest;
import org.bilateral.offers.Offer;
import org.bilateral.offers.OfferPricingTest;
import org.bilateral.offers.Offers;
import org.bilateral.tariffs.TariffLoads;
import org.bilateral.tradestats.StatisticsImports;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The offers as JSON: the list, one offer, and its pricing for a year; an offer that does not exist is not found. */
@WorkbenchTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "ANALYST")
class OffersApiTest {

    @Autowired MockMvc mvc;
    @Autowired Offers offers;
    @Autowired TariffLoads loads;
    @Autowired StatisticsImports imports;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @Test
    void anOfferAndItsPricingAreAnsweredAsJson() throws Exception {
        OfferPricingTest.given(loads, imports, jdbc, dir);
        Offer saved = offers.create(OfferPricingTest.phased(), "analyst");
        mvc.perform(get("/api/offers")).andExpect(status().isOk()).andExpect(jsonPath("$[0].name").value("Phased"));
        mvc.perform(get("/api/offers/" + saved.id().value())).andExpect(status().isOk())
                .andExpect(jsonPath("$.offer.name").value("Phased")).andExpect(jsonPath("$.pricing").doesNotExist());
        // the final year's revenue forgone, 550,000 (OfferPricingTest)
        mvc.perform(get("/api/offers/" + saved.id().value()).param("year", "2025")).andExpect(status().isOk())
                .andExpect(jsonPath("$.pricing.years[2].year").value(2028))
                .andExpect(jsonPath("$.pricing.years[2].revenueForgoneUsd").value(550000.00));
    }

    @Test
    void anOfferThatDoesNotExistIsNotFound() throws Exception {
        OfferPricingTest.given(loads, imports, jdbc, dir);
        mvc.perform(get("/api/offers/987654")).andExpect(status().isNotFound());
    }
}
