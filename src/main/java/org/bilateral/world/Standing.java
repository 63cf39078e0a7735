package org.bilateral.world;

import java.util.Locale;
import org.bilateral.doors.Figures;
import org.springframework.context.MessageSource;

/**
 * Where one hub stands among the hubs of a run: its rank by rerouting bound and by the products passing the Freund
 * test, said in one line for the World page and the brief.
 *
 * @param hubsScreened the run's hubs
 */
public record Standing(WorldRun run, WorldHub hub, int hubsScreened) {

    /**
     * "Of 187 hubs screened for CN → US 2017–2024, Vietnam ranks 3rd by rerouting bound (27.0%: $12.3 bn of $45.6 bn in
     * 2024) and 1st by products passing the Freund test (412).", with "synthetic" said when the run read demonstration data.
     */
    public String line(MessageSource messages, Locale locale) {
        WorldHub h = hub;
        String name = h.hub().name(locale);
        String freund = ordinal(h.freundRank(), messages, locale);
        String line;
        if (h.boundRank() == null || h.share() == null) {
            line = messages.getMessage("world.standing.noBound", new Object[] {hubsScreened, run.origin().value(), run.destination().value(),
                String.valueOf(run.fromYear()), String.valueOf(run.toYear()), name, freund, h.freundProducts()}, locale);
        } else {
            line = messages.getMessage("world.standing.line", new Object[] {hubsScreened, run.origin().value(), run.destination().value(),
                String.valueOf(run.fromYear()), String.valueOf(run.toYear()), name, ordinal(h.boundRank(), messages, locale),
                Figures.share(h.shareDecimal(), locale), Figures.usdAmount(h.boundUsd(), locale), Figures.usdAmount(h.hubExportsUsd(), locale),
                h.tradeYear() == null ? "" : String.valueOf(h.tradeYear()), freund, h.freundProducts()}, locale);
        }
        return run.synthetic() ? line + " " + messages.getMessage("world.standing.synthetic", null, locale) : line;
    }

    /** A rank as words: "1st", "2nd", "3rd", "11th", "21st" in English; "thứ 3" in Vietnamese. */
    static String ordinal(int n, MessageSource messages, Locale locale) {
        int tens = n % 100;
        String form = tens >= 11 && tens <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return messages.getMessage("world.ordinal." + form, new Object[] {String.valueOf(n)}, locale);
    }
}
