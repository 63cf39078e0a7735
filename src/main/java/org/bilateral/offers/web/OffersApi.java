package org.bilateral.offers.web;

import java.util.List;
import org.bilateral.offers.Offer;
import org.bilateral.offers.OfferId;
import org.bilateral.offers.OfferPricing;
import org.bilateral.offers.Offers;
import org.bilateral.offers.Pricing;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Offers and their pricing as JSON. */
@RestController
class OffersApi {

    /** An offer, and its pricing against a year's statistics when a year is asked for. */
    record OfferAnswer(Offer offer, @Nullable Pricing pricing) {
    }

    private final Offers offers;
    private final OfferPricing pricing;

    OffersApi(Offers offers, OfferPricing pricing) {
        this.offers = offers;
        this.pricing = pricing;
    }

    @GetMapping("/api/offers")
    List<Offer> offers() {
        return offers.all();
    }

    @GetMapping("/api/offers/{id}")
    OfferAnswer offer(@PathVariable long id, @RequestParam(required = false) @Nullable Integer year) {
        OfferId offer = new OfferId(id);
        return year == null ? new OfferAnswer(offers.existing(offer), null)
                : new OfferAnswer(offers.existing(offer), pricing.price(offer, year));
    }
}
