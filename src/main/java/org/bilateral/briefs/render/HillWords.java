package org.bilateral.briefs.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bilateral.briefs.Brief;
import org.jspecify.annotations.Nullable;

/**
 * The Hill's sentences in the brief's language, for the page, the PDF, the DOCX and the spreadsheet alike: a legislator's
 * heading (chamber, name, party, state) and their paragraph (seats, when met or expected, what their state sells the
 * partner and how that changed like for like, the top products with their share, the deals that buy from the state).
 * Names the data carries (people, states, deals) are as recorded; committees, titles and parties are said in the
 * reader's words where the messages have them.
 */
public final class HillWords {

    private final BriefWords w;

    HillWords(BriefWords w) {
        this.w = w;
    }

    /** "Senator Bill Hagerty (Republican, Tennessee)", "Thượng nghị sĩ Bill Hagerty (Đảng Cộng hòa, bang Tennessee)". */
    public String heading(Brief.Legislator l) {
        String where = l.district() == null || l.district() == 0 ? w.t("brief.hill.state", state(l))
                : w.t("brief.hill.district", state(l), String.valueOf(l.district()));
        return w.t("brief.hill.chamber." + l.chamber(), l.name()) + " (" + party(l.party()) + ", " + where + ")";
    }

    /**
     * The state's name: the messages' (every state's, kept with the Hill's words) where they have it, else as the brief
     * recorded it from the reference state list, which names it by its code where the list lacks it.
     */
    public String state(Brief.Legislator l) {
        return w.tOr("usState." + l.state(), l.stateName());
    }

    /** The legislator's paragraph, its sentences in the order a negotiator reads them. */
    public String paragraph(Brief.Hill h, Brief.Legislator l) {
        return String.join(" ", sentences(h, l));
    }

    public List<String> sentences(Brief.Hill h, Brief.Legislator l) {
        List<String> out = new ArrayList<>();
        out.add(committees(l) + " " + w.ref(l.source()) + ".");
        out.add(meetings(l) + ".");
        out.addAll(figures(h, l));
        out.add(deals(l));
        return out;
    }

    /** The trade-relevant seats, each with its title where it has one; or that there are none. */
    public String committees(Brief.Legislator l) {
        if (l.committees().isEmpty()) {
            return w.t("brief.hill.noCommittee");
        }
        return w.t("brief.hill.committees", String.join("; ", l.committees().stream().map(this::committee).toList()));
    }

    /** A committee in the reader's words: its name, a subcommittee with its committee, and the seat's title. */
    public String committee(Brief.Committee c) {
        String name = w.tOrNull("brief.hill.committee." + c.id());
        if (name == null) {
            String parentId = c.parentId();
            String parent = parentId == null ? null : w.tOr("brief.hill.committee." + parentId, c.parentName() == null ? parentId : c.parentName());
            name = parent == null ? c.name() : w.t("brief.hill.subcommittee", c.name(), parent);
        }
        return c.title() == null || c.title().isBlank() ? name : name + " (" + title(c.title()) + ")";
    }

    /** A seat's title in the reader's words where the messages have it ("Chairman" → "Chủ tịch"), else as recorded. */
    public String title(String title) {
        return w.tOr("brief.hill.title." + key(title), title.strip());
    }

    /** A party in the reader's words where the messages have it, else as recorded. */
    public String party(String party) {
        return w.tOr("brief.hill.party." + key(party), party.strip());
    }

    private static String key(String text) {
        return text.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }

    /** When met and when expected: "Met on 4 February 2026 [3]; expected on 20 March 2026 [5]". */
    public String meetings(Brief.Legislator l) {
        List<String> parts = new ArrayList<>();
        List<Brief.Meeting> met = l.meetings().stream().filter(m -> !m.expected()).toList();
        List<Brief.Meeting> expected = l.meetings().stream().filter(Brief.Meeting::expected).toList();
        if (!met.isEmpty()) {
            parts.add(w.t("brief.hill.met", days(met)));
        }
        if (!expected.isEmpty()) {
            parts.add(w.t(met.isEmpty() ? "brief.hill.expected" : "brief.hill.alsoExpected", days(expected)));
        }
        return String.join("; ", parts);
    }

    private String days(List<Brief.Meeting> meetings) {
        return String.join(", ", meetings.stream().map(m -> (w.date(m.day()) + " " + w.ref(m.source())).strip()).toList());
    }

    /**
     * The state's exports to the partner: the latest whole year and its change on the year before, the current year's
     * months held against the same months a year before, and the top products; each figure with its source, and
     * "synthetic" where the state figures are demonstration data.
     */
    public List<String> figures(Brief.Hill h, Brief.Legislator l) {
        Brief.StateFigures f = l.figures();
        String to = w.country(h.partner());
        if (f == null) {
            return List.of(w.t("brief.hill.noFigures", to) + ".");
        }
        String ref = " " + w.ref(f.source()) + (f.synthetic() ? " " + w.t("brief.hill.synthetic") : "");
        List<String> out = new ArrayList<>();
        if (f.year() != null && f.valueUsd() != null) {
            out.add(w.t("brief.hill.exports", state(l), to, String.valueOf(f.year()), w.usd(f.valueUsd()))
                    + change(f.valueUsd(), f.previousUsd(), w.t("brief.hill.yearBefore", String.valueOf(f.year() - 1))) + ref + ".");
        } else {
            out.add(w.t("brief.hill.noWholeYear", state(l), to) + ref + ".");
        }
        if (f.partialYear() != null && f.partialUsd() != null) {
            out.add(w.t("brief.hill.partial", String.valueOf(f.partialYear()), months(f), w.usd(f.partialUsd()))
                    + change(f.partialUsd(), f.partialPreviousUsd(), w.t("brief.hill.sameMonths", String.valueOf(f.partialYear() - 1)))
                    + ref + ".");
        }
        if (!f.top().isEmpty()) {
            out.add(w.t("brief.hill.top", String.valueOf(f.productsYear()), String.join("; ", f.top().stream().map(this::product).toList())) + ".");
        }
        return out;
    }

    /** The months held of a partial year: "January–November", "tháng 1–11"; one month alone by its name. */
    public String months(Brief.StateFigures f) {
        int last = f.partialLastMonth();
        int first = Math.max(1, last - f.partialMonths() + 1);
        return first == last ? w.t("brief.hill.month." + last) : w.t("brief.hill.months", w.t("brief.hill.month." + first), w.t("brief.hill.month." + last), first, last);
    }

    /**
     * The change on what it is compared with: ", up 12.5% ($130 m) on 2024", or that the comparison is not held.
     * The percent is of the earlier figure; from nothing it is the amount alone.
     */
    String change(BigDecimal now, @Nullable BigDecimal before, String on) {
        if (before == null) {
            return w.t("brief.hill.notCompared", on);
        }
        BigDecimal difference = now.subtract(before);
        if (difference.signum() == 0) {
            return w.t("brief.hill.unchanged", on);
        }
        String amount = w.usd(difference.abs());
        if (before.signum() == 0) {
            return w.t("brief.hill.fromNothing", amount, on);
        }
        String percent = w.share(difference.abs().divide(before.abs(), 6, RoundingMode.HALF_EVEN));
        return w.t(difference.signum() > 0 ? "brief.hill.up" : "brief.hill.down", percent, amount, on);
    }

    /** "8802 Aircraft (45.0%)": the code, its name in the reader's language, its share of the state's exports. */
    public String product(Brief.StateProduct p) {
        return p.code() + (p.label() == null ? "" : " " + p.label()) + " (" + w.share(p.share()) + ")";
    }

    /** The deals of the pair that buy from the state, each with its stage and value; or that none is on record. */
    public String deals(Brief.Legislator l) {
        if (l.deals().isEmpty()) {
            return w.t("brief.hill.noDeals", state(l)) + ".";
        }
        return w.t("brief.hill.deals", state(l), String.join("; ", l.deals().stream().map(this::deal).toList())) + " "
                + w.ref(l.dealSource()) + ".";
    }

    public String deal(Brief.StateDeal d) {
        return d.label() + " (" + w.stage(d.stage()) + ", " + w.value(d.lowUsd(), d.highUsd()) + ", " + w.t("brief.hill.basis." + d.basis()) + ")";
    }

    /** The members met on a day reported without a year, by name; nothing where there are none. */
    public String undated(Brief.Hill h) {
        return h.undated().isEmpty() ? "" : w.t("brief.hill.undated", String.join(", ", h.undated()));
    }

    /** The window the section looks at: from the start date, the round's date, and after. */
    public String window(Brief.Hill h) {
        return w.t("brief.hill.window", w.date(h.from()), w.date(h.to()));
    }
}
