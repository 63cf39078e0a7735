package org.bilateral.briefs;

import java.util.Locale;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;

/** The languages a brief is written in: Vietnamese first, as its first readers speak it. */
public enum BriefLanguage {
    VI(Locale.forLanguageTag("vi-VN")), EN(Locale.UK);

    private final Locale locale;

    BriefLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BriefLanguage parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return VI;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "vi" -> VI;
            case "en" -> EN;
            default -> throw new InvalidInput("lang", Said.of("refusal.briefs.notALanguage", org.bilateral.shared.Limits.shown(text)));
        };
    }

    public static BriefLanguage of(@Nullable Locale locale) {
        return locale != null && locale.getLanguage().equals("en") ? EN : VI;
    }
}
