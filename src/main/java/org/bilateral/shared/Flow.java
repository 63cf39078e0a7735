package org.bilateral.shared;

import java.util.Locale;

/** Direction of trade from the reporting country's point of view, as statistics offices record it. */
public enum Flow {
    EXPORT("X"), IMPORT("M"), RE_EXPORT("RX"), RE_IMPORT("RM");

    private final String code;

    Flow(String code) {
        this.code = code;
    }

    /** The Comtrade flow code, also used as the stored value. */
    public String code() {
        return code;
    }

    public static Flow ofCode(String code) {
        for (Flow flow : values()) {
            if (flow.code.equals(code)) {
                return flow;
            }
        }
        throw new IllegalArgumentException("unknown flow code: " + code);
    }

    /** The flow in the partner's statistics that records the same goods: my exports are its imports. */
    public Flow mirror() {
        return switch (this) {
            case EXPORT -> IMPORT;
            case IMPORT -> EXPORT;
            case RE_EXPORT -> IMPORT;
            case RE_IMPORT -> EXPORT;
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
