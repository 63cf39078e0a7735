package org.bilateral.commitments;

import java.util.Locale;
import org.bilateral.shared.Limits;
import org.bilateral.shared.InvalidValue;

/**
 * Where a deal stands. The first five are steps forward; a deal that is cancelled or lapses leaves the sequence,
 * and a re-announcement of a deal already under contract does not move it back.
 */
public enum DealStage {
    ANNOUNCED(1), MOU(2), CONTRACT(3), IN_DELIVERY(4), DELIVERED(5), CANCELLED(0), LAPSED(0);

    private final int step;

    DealStage(int step) {
        this.step = step;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return switch (this) {
            case MOU -> "MOU";
            case IN_DELIVERY -> "in delivery";
            default -> code();
        };
    }

    /** Ended without (full) delivery. */
    public boolean isTerminated() {
        return step == 0;
    }

    public boolean isAfter(DealStage other) {
        return step > other.step;
    }

    /** Reads "in delivery", "in_delivery", "In-Delivery", "MOU". */
    public static DealStage parse(String text) {
        String s = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (DealStage stage : values()) {
            if (stage.name().equals(s)) {
                return stage;
            }
        }
        throw new InvalidValue("refusal.commitments.unknownStageWord", Limits.shown(String.valueOf(text)));
    }
}
