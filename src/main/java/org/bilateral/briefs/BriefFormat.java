package org.bilateral.briefs;

import java.util.Locale;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;

/** The formats a brief is written in. */
public enum BriefFormat {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    HTML("text/html;charset=UTF-8");

    private final String mediaType;

    BriefFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BriefFormat parse(@Nullable String text) {
        for (BriefFormat f : values()) {
            if (f.extension().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return f;
            }
        }
        throw new InvalidInput("format", Said.of("refusal.briefs.notAFormat", org.bilateral.shared.Limits.shown(String.valueOf(text))));
    }
}
