package org.bilateral.shared;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A deal's number in the register; it stays valid after the deal is merged into another. Written "D12" wherever a
 * person reads it (this is the one place that writes it so); the API and the links carry the bare number.
 */
public record DealId(@JsonValue long value) {

    public DealId {
        if (value <= 0) {
            throw new InvalidValue(Said.of("refusal.shared.dealNumberPositive"));
        }
    }

    /** A deal as the CLI and a workbook name it: "D12", or the bare number "12". */
    public static DealId parse(String text) {
        String digits = text.strip().replaceFirst("^[Dd]", "");
        if (!digits.matches("[0-9]{1,18}")) {
            throw new InvalidValue("refusal.shared.notADealNumber", Limits.shown(text));
        }
        return new DealId(Long.parseLong(digits));
    }

    /** How a person reads a deal's number, "D12"; also for a number that names no deal (0, -1), as a refusal repeats it. */
    public static String written(long number) {
        return "D" + number;
    }

    @Override
    public String toString() {
        return written(value);
    }
}
