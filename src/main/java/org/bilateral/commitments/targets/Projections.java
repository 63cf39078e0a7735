package org.bilateral.commitments.targets;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bilateral.commitments.Deal;
import org.bilateral.commitments.reporting.EnterpriseReporting;
import org.bilateral.commitments.reporting.ProgressReport;
import org.bilateral.shared.Period;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Granularity;
import org.bilateral.shared.HsLevel;
import org.bilateral.tradestats.Balance;
import org.bilateral.tradestats.BalanceRequest;
import org.bilateral.tradestats.ProductFlows;
import org.bilateral.tradestats.TradeBalances;
import org.springframework.stereotype.Service;

/** Projects the register's delivery schedules, or where a deal has none its buyer's reports, against the latest statistics. */
@Service
public class Projections {

    private final PurchaseCommitments commitments;
    private final EnterpriseReporting reporting;
    private final TradeBalances balances;
    private final ProductFlows flows;

    Projections(PurchaseCommitments commitments, EnterpriseReporting reporting, TradeBalances balances, ProductFlows flows) {
        this.commitments = commitments;
        this.reporting = reporting;
        this.balances = balances;
        this.flows = flows;
    }

    /**
     * @param statistics whose statistics give the gap and the latest month: the seller's (whose deficit the talks are about)
     *                   or the buyer's
     */
    public Projection project(CountryCode buyer, CountryCode seller, StatisticsSide statistics) {
        CountryCode reporter = statistics.reporter(buyer, seller);
        CountryCode partner = statistics.partner(buyer, seller);
        YearMonth after = flows.latestMonth(reporter, partner, statistics.flow()).orElse(YearMonth.now().minusMonths(1));
        Integer baseYear = balances.latestFullYear(reporter, partner).orElse(null);
        BigDecimal gap = null;
        boolean synthetic = false;
        if (baseYear != null) {
            Balance b = balances.balance(new BalanceRequest(reporter, partner, Granularity.YEAR, HsLevel.TOTAL, baseYear, baseYear, 0));
            gap = b.rows().stream().filter(r -> r.balance() != null).map(Balance.Row::balance).findFirst().orElse(null);
            synthetic = b.synthetic();
            // The gap is the buyer's surplus: the seller's statistics show it as the seller's deficit.
            if (gap != null && reporter.equals(seller)) {
                gap = gap.negate();
            }
        }
        List<Deal> deals = commitments.deals();
        return Projection.project(buyer, seller, statistics, deals, delivered(deals), forecasts(), after, baseYear, gap, synthetic);
    }

    /** Each deal's deliveries to date as its buyer last reported them for each period: the newest report of a period stands. */
    private List<Projection.Delivered> delivered(List<Deal> deals) {
        List<Projection.Delivered> delivered = new ArrayList<>();
        reporting.progress(deals.stream().map(Deal::id).toList()).forEach((deal, reports) -> {
            Set<Period> seen = new HashSet<>();
            for (ProgressReport r : reports) { // newest first
                if (seen.add(r.period()) && r.deliveredValueUsd() != null) {
                    delivered.add(new Projection.Delivered(deal.value(), r.period(), r.deliveredValueUsd(), r.reportedAt().toLocalDate()));
                }
            }
        });
        return delivered;
    }

    private List<Projection.Forecast> forecasts() {
        return reporting.latestForecasts().stream()
                .map(f -> new Projection.Forecast(f.organisationId(), f.hsCode(), f.year(), f.valueUsd(), f.reportedOn())).toList();
    }
}
