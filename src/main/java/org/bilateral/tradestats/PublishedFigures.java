package org.bilateral.tradestats;

import java.util.List;
import org.bilateral.shared.CountryCode;
import org.bilateral.tradestats.importing.TotalsState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use case: the headline figures statistics offices published for a pair, beside what the imported statistics give. */
@Service
@Transactional(readOnly = true)
public class PublishedFigures {

    private final PublishedStore store;
    private final TradeStatisticsProperties properties;
    private final TotalsState totals;

    PublishedFigures(PublishedStore store, TradeStatisticsProperties properties, TotalsState totals) {
        this.store = store;
        this.properties = properties;
        this.totals = totals;
    }

    /** Published headline figures for the pair, in both directions, beside the imported statistics. */
    public List<PublishedComparison> published(CountryCode a, CountryCode b) {
        totals.requireWhole();
        return store.figures(a, b).stream().map(r -> PublishedAgreement.compare(r, properties.publishedTolerance())).toList();
    }
}
