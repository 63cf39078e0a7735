package org.bilateral.offers;

import java.math.BigDecimal;

/**
 * The import response's two elasticities, positive magnitudes: import demand (η: how much more of the US goods Vietnam
 * buys when their duty-inclusive price falls) and substitution between suppliers (σ: how much Vietnam turns from other
 * suppliers to the US). Defaults: the World Bank WITS-SMART partial-equilibrium model (Laird and Yeats 1986; Jammes and
 * Olarreaga 2005), whose default substitution elasticity is 1.5; import demand 1.5, a flat value within the product
 * estimates of Kee, Nicita and Olarreaga (2008).
 */
public record Elasticities(BigDecimal importDemand, BigDecimal substitution) {

    /** The stated range of either elasticity, at most {@link #DECIMALS} decimals. */
    public static final BigDecimal LOWEST = BigDecimal.ZERO;
    public static final BigDecimal HIGHEST = BigDecimal.TEN;
    public static final int DECIMALS = 2;

    /** The message key naming the defaults' source, in both languages. */
    public static final String SOURCE_KEY = "offers.elasticities.source";

    public static Elasticities defaults() {
        return new Elasticities(new BigDecimal("1.5"), new BigDecimal("1.5"));
    }
}
