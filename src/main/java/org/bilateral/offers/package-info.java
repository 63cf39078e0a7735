/**
 * What Vietnam can offer: named packages of tariff lines with the rate offered to US goods, phased by year
 * ({@link org.bilateral.offers.Offers}), priced against one year's statistics and the schedule in force
 * ({@link org.bilateral.offers.OfferPricing}): the revenue forgone, the US exports they add (created and diverted), and the
 * share of the deficit the US measures that they close, beside the purchase deals; and the preference gap behind them.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "What Vietnam can offer")
package org.bilateral.offers;
