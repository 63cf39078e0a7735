package org.bilateral.tradestats;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param cifFobFactor         how much more an import valued CIF is than the same goods' FOB export value (IMF: 1.06)
 * @param publishedTolerance   relative gap above which imported statistics and a published figure are flagged
 * @param shippingLagMonths    months between an export leaving and the import being recorded, for the
 *                             timing part of the mirror gap (0 to leave timing out)
 */
@ConfigurationProperties("bilateral.trade")
public record TradeStatisticsProperties(BigDecimal cifFobFactor, BigDecimal publishedTolerance, Integer shippingLagMonths) {

    public TradeStatisticsProperties {
        if (cifFobFactor == null) {
            cifFobFactor = new BigDecimal("1.06");
        }
        if (publishedTolerance == null) {
            publishedTolerance = new BigDecimal("0.02");
        }
        if (shippingLagMonths == null) {
            shippingLagMonths = 1;
        }
        if (shippingLagMonths < 0 || shippingLagMonths > 6) {
            throw new IllegalArgumentException("bilateral.trade.shipping-lag-months must be between 0 and 6");
        }
        if (cifFobFactor.compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalArgumentException("bilateral.trade.cif-fob-factor must be at least 1");
        }
    }
}
