package org.bilateral.briefs.render;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.briefs.Brief;
import org.bilateral.briefs.BriefSection;

/**
 * A section's sentences as the DOCX gives them above its tables: the headline figures, or the one line saying the
 * section has no data.
 */
final class SectionLines {

    private SectionLines() {
    }

    static List<String> of(Brief brief, BriefSection s, BriefWords w) {
        return switch (s) {
            case BALANCE -> brief.balance() == null ? List.of() : balance(brief.balance(), w);
            case COMMITMENTS -> brief.commitments() == null ? List.of() : commitments(brief.commitments(), w);
            case ENGAGEMENTS -> brief.engagements() == null ? List.of() : engagements(brief.engagements(), w);
            case HILL -> brief.hill() == null ? List.of() : hill(brief.hill(), w);
            case ASKS -> brief.asks() == null || brief.asks().missing() == null ? List.of() : List.of(w.t(brief.asks().missing()));
            case OFFERS -> brief.offers() == null ? List.of() : w.offers().lines(brief.offers());
            case RISKS -> brief.risks() == null ? List.of() : risks(brief.risks(), w);
        };
    }

    private static List<String> balance(Brief.Balance b, BriefWords w) {
        if (b.missing() != null) {
            return List.of(w.t(b.missing()));
        }
        List<String> lines = new ArrayList<>();
        for (Brief.Side side : b.sides()) {
            lines.add(w.headline(side) + " " + w.ref(side.source()));
        }
        if (b.mirror() != null) {
            lines.add(w.t("brief.balance.mirror.explained"));
        }
        return lines;
    }

    private static List<String> commitments(Brief.Commitments c, BriefWords w) {
        if (c.missing() != null) {
            return List.of(w.t(c.missing()));
        }
        String total = w.total(c) + " " + w.ref(c.source());
        return c.projection() == null ? List.of(total, w.t("brief.commitments.projection.none")) : List.of(total);
    }

    private static List<String> engagements(Brief.Engagements e, BriefWords w) {
        List<String> lines = new ArrayList<>();
        lines.add(w.window(e));
        if (!w.round(e).isEmpty()) {
            lines.add(w.round(e));
        }
        if (e.missing() != null) {
            lines.add(w.t(e.missing()));
        } else if (!e.otherSide().isEmpty()) {
            lines.add(w.t("brief.engagements.otherSide") + ": " + String.join("; ", e.otherSide().stream()
                    .map(p -> p.name() + (p.title() == null ? "" : ", " + p.title())).toList()));
        }
        return lines;
    }

    /** The window and the line saying no legislator is listed; the legislators' paragraphs the DOCX writes each with its heading. */
    private static List<String> hill(Brief.Hill h, BriefWords w) {
        List<String> lines = new ArrayList<>(List.of(w.hill().window(h)));
        if (h.missing() != null) {
            lines.add(w.t(h.missing()));
        }
        if (!h.undated().isEmpty()) {
            lines.add(w.hill().undated(h));
        }
        return lines;
    }

    private static List<String> risks(Brief.Risks k, BriefWords w) {
        List<String> lines = new ArrayList<>();
        if (k.missing() != null) {
            lines.add(w.t(k.missing()));
        } else {
            lines.add(w.risksIntro(k));
            if (!w.bound(k).isEmpty()) {
                lines.add(w.bound(k));
            }
        }
        // issue 35: where the hub stands among every hub the world screen screened
        if (!w.world(k).isEmpty()) {
            lines.add(w.world(k));
        }
        return lines;
    }
}
