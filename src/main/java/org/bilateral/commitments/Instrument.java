package org.bilateral.commitments;

import java.util.Locale;
import org.bilateral.shared.InvalidValue;

/** The kind of document a deal was made in, from a bare announcement to a firm order. */
public enum Instrument {
    ANNOUNCEMENT, MOU, FRAMEWORK_AGREEMENT, PURCHASE_AGREEMENT, ORDER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return this == MOU ? "MOU" : code().replace('_', ' ');
    }

    /** The stage a deal has reached when this instrument is signed. */
    public DealStage stage() {
        return switch (this) {
            case ANNOUNCEMENT -> DealStage.ANNOUNCED;
            case MOU, FRAMEWORK_AGREEMENT -> DealStage.MOU;
            case PURCHASE_AGREEMENT, ORDER -> DealStage.CONTRACT;
        };
    }

    public static Instrument parse(String text) {
        String s = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (Instrument i : values()) {
            if (i.name().equals(s)) {
                return i;
            }
        }
        throw new InvalidValue("refusal.commitments.unknownInstrument", String.valueOf(text));
    }
}
