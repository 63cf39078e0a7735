package org.bilateral.hill.web;

import java.util.Locale;
import org.bilateral.hill.Chamber;
import org.bilateral.hill.Legislator;
import org.bilateral.hill.Seat;
import org.bilateral.hill.UsStateInfo;
import org.bilateral.doors.UsStateNames;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The Hill's words in the page's language, as templates call them ({@code @hillSaid}): a member's short label ("Sen. Bill
 * Hagerty (R-TN)", "Thượng nghị sĩ Bill Hagerty (R-TN)"), their party, a committee's name (the trade-relevant ones in
 * Vietnamese on a Vietnamese page; any other by its official English name, which the page marks as English), a seat's
 * title and side, a state's name in the page's language.
 */
@Component("hillSaid")
public class HillSaid {

    private final MessageSource messages;
    private final UsStateNames stateNames;

    HillSaid(MessageSource messages, UsStateNames stateNames) {
        this.messages = messages;
        this.stateNames = stateNames;
    }

    private String say(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private String sayOr(String key, String otherwise) {
        String said = messages.getMessage(key, null, otherwise, LocaleContextHolder.getLocale());
        return said == null ? otherwise : said;
    }

    /** "Sen. Bill Hagerty (R-TN)", "Rep. Austin Scott (R-GA-8)", in the page's language. */
    public String label(Legislator l) {
        return say("hill.label." + l.chamber().name(), l.calledName(), l.partyState());
    }

    /** The member's name alone, as they are called. */
    public String name(Legislator l) {
        return l.calledName();
    }

    public String chamber(Chamber chamber) {
        return say("hill.chamber." + chamber.name());
    }

    /** Republican, Democrat, Independent in the page's language; any other party as the source writes it. */
    public String party(String party) {
        return sayOr("hill.party." + party.replace(' ', '_'), party);
    }

    /** Whether the workbench names this committee in the page's language (else by its official English name). */
    public boolean namesCommittee(Seat seat) {
        return messages.getMessage("hill.committee." + seat.committeeId(), null, null, LocaleContextHolder.getLocale()) != null;
    }

    /** A committee's name: the workbench's for the trade-relevant ones, else its own (a subcommittee's with its parent's). */
    public String committee(Seat seat) {
        String parent = seat.parentName();
        String own = parent == null ? seat.committeeName() : parent + ": " + seat.committeeName();
        return sayOr("hill.committee." + seat.committeeId(), own);
    }

    /** A seat's title (Chairman, Ranking Member, Ex Officio…) in the page's language; empty for none. */
    public String title(Seat seat) {
        String title = seat.title();
        if (title == null || title.isBlank()) {
            return "";
        }
        return sayOr("hill.title." + title.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""), title);
    }

    /** The seat's side, majority or minority, in the page's language. */
    public String side(Seat seat) {
        return sayOr("hill.side." + seat.side().toLowerCase(Locale.ROOT), seat.side());
    }

    /** A state's name in the page's language ("Bắc Carolina"), as every page names a state ({@link UsStateNames}). */
    public String state(UsStateInfo state) {
        return java.util.Objects.requireNonNull(stateNames.of(state.state()));
    }

    /** A product's description cut to its first clause and at most 40 characters, for a short list of examples. */
    public String brief(String description) {
        String first = description.split("[;(]", 2)[0].strip();
        return first.length() <= 40 ? first : first.substring(0, 39).strip() + "…";
    }
}
