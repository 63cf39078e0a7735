package org.bilateral.risk;

import java.math.BigDecimal;
import java.util.Locale;

/** How a signal's arithmetic writes its figures: shares to a tenth of a percent, amounts in whole dollars, prices per unit. */
final class SignalWords {

    private SignalWords() {
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String money(double usd) {
        return org.bilateral.shared.PlainUsd.amount(BigDecimal.valueOf(Math.round(usd)));
    }

    /** A price per unit, to the cent below $100 and to the dollar above. */
    static String unitMoney(double usd) {
        return usd < 100 ? String.format(Locale.ROOT, "$%,.2f", usd) : String.format(Locale.ROOT, "$%,.0f", usd);
    }

    /** One of a unit, "per tonne" rather than "per tonnes". */
    static String singular(String unit) {
        return switch (unit) {
            case "items" -> "item";
            case "pairs" -> "pair";
            case "dozens" -> "dozen";
            case "litres" -> "litre";
            case "tonnes" -> "tonne";
            case "metres" -> "metre";
            case "carats" -> "carat";
            default -> unit;
        };
    }

    /** Whether one of the Freund test's conditions holds. */
    static String mark(boolean holds) {
        return holds ? "✓" : "✗";
    }
}
