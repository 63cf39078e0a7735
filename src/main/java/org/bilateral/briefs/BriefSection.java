package org.bilateral.briefs;

import java.util.Locale;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;

/** The parts a brief may hold, in the order it gives them; sources always close it. */
public enum BriefSection {
    BALANCE, COMMITMENTS, ENGAGEMENTS, HILL, ASKS, OFFERS, RISKS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BriefSection parse(@Nullable String text) {
        for (BriefSection s : values()) {
            if (s.code().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return s;
            }
        }
        throw new InvalidInput("sections", Said.of("refusal.briefs.notASection", org.bilateral.shared.Limits.shown(String.valueOf(text))));
    }
}
