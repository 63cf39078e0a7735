package org.bilateral.worldjob.screen;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bilateral.risk.ProductSeries;
import org.bilateral.risk.WorldRoutes;

/**
 * {@link WorldScreenTest#oneHub()}'s hub screened the workbench's direct way: each product's series written out by hand
 * from the same lines, as TransshipmentScreen builds them from its flows, and {@link WorldRoutes#screen} called on them.
 */
final class DirectScreen {

    private DirectScreen() {
    }

    static WorldRoutes.HubScreen oneHubByHand() {
        ProductSeries p850440 = new ProductSeries("850440",
                years("1000", "900", "600", "400"), years("100", "150", "400", "600"), years("80", "120", "350", "500"),
                years("90", "130", "300", "400"), years("5000", "5200", "5600", "6000"), years("1000", "1100", "1300", "1400"),
                years("3000", "3100", "3200", "3300"),
                Map.of(2017, kg("10", "80"), 2019, kg("50", "350"), 2020, kg("100", "500")),
                Map.of(2017, kg("10", "100"), 2019, kg("50", "400"), 2020, kg("100", "600")));
        ProductSeries p940360 = new ProductSeries("940360",
                years("200", "200", "200", "200"), years("150", "160", "180", "200"), years("40", "40", "45", "50"),
                years("150", "160", "180", "200"), years("1000", "1000", "1000", "1000"), years("500", "500", "500", "500"),
                years("1000", "1000", "1000", "1000"), Map.of(), Map.of());
        // the hub's total to the destination: the US's TOTAL lines of its imports from VN
        WorldRoutes.Route route = new WorldRoutes.Route(2017, 2020, 2018, years("1000", "1200", "1500", "1800"), 0.06);
        return WorldRoutes.screen(List.of(p850440, p940360), route, new int[] {2017, 2018, 2019, 2020}, 50);
    }

    /** 2017 to 2020. */
    private static Map<Integer, BigDecimal> years(String... values) {
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            byYear.put(2017 + i, new BigDecimal(values[i]));
        }
        return byYear;
    }

    private static ProductSeries.UnitValue kg(String quantity, String value) {
        return new ProductSeries.UnitValue("kg", new BigDecimal(quantity), new BigDecimal(value));
    }
}
