package org.bilateral.risk;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Said;

/** A screen as the page's and the API's query parameters give it; China, Vietnam and the United States by default. */
public record RiskForms(@Nullable String origin, @Nullable String hub, @Nullable String destination, @Nullable String from,
                        @Nullable String to, @Nullable String level, @Nullable String top, @Nullable String event) {

    /** The screen asked for; the years default to the eight up to the latest the destination's statistics hold whole. */
    public ScreenRequest request(TransshipmentScreen screens) {
        Triangle t = triangle(origin, hub, destination);
        int last = screens.latestYear(t).orElse(LocalDate.now().getYear() - 1);
        return new ScreenRequest(t, number(from, "from", last - 7), number(to, "to", last),
                level == null || level.isBlank() ? HsLevel.SUBHEADING : InvalidInput.field("level", () -> HsLevel.parse(level)),
                number(top, "top", 50), event == null || event.isBlank() ? null : InvalidInput.field("event", () -> date(event)));
    }

    /** A product as people write it, "8541.43" or "854143". */
    public static org.bilateral.shared.HsCode product(@Nullable String text) {
        return InvalidInput.field("product", () -> org.bilateral.shared.HsCode.of(text == null ? null : text.strip().replace(".", "")));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(Limits.shown(text) + " is not a date (YYYY-MM-DD)");
        }
    }

    /** The triangle the fields name, each country defaulting to the first users' (China, Vietnam, the United States). */
    public static Triangle triangle(@Nullable String origin, @Nullable String hub, @Nullable String destination) {
        return new Triangle(country(origin, "origin", Triangle.DEFAULT.origin()), country(hub, "hub", Triangle.DEFAULT.hub()),
                country(destination, "destination", Triangle.DEFAULT.destination()));
    }

    private static CountryCode country(@Nullable String text, String name, CountryCode otherwise) {
        CountryCode given = InvalidInput.country(text, name);
        return given == null ? otherwise : given;
    }

    private static int number(@Nullable String text, String name, int otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        if (!text.strip().matches("\\d{1,6}")) {
            throw new InvalidInput(name, Said.of("refusal.risk.notWhole", Limits.shown(text)));
        }
        return Integer.parseInt(text.strip());
    }

}
