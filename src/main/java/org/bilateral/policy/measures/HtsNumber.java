package org.bilateral.policy.measures;

/**
 * An HTS number as an order prints it ("0304.20.60.30", "7304.29", "030617") and the digits it names. Dot patterns vary
 * between notices; the digits do not, and they are what statistics are matched on.
 */
public record HtsNumber(String printed, String digits) {

    /** The number's digits, or empty when it is not 2 to 10 digits (an even count) once its dots are taken out. */
    public static java.util.Optional<HtsNumber> parse(String printed) {
        String digits = printed.replace(".", "");
        if (!org.bilateral.shared.HsCode.isValid(digits)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new HtsNumber(printed, digits));
    }
}
