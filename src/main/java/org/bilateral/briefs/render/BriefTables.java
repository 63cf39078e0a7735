package org.bilateral.briefs.render;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.briefs.Brief;

/**
 * The tables of a brief, each once, for the formats that carry tables: the XLSX (one sheet each, amounts as numbers, a
 * "data" column saying synthetic where the brief is) and the DOCX (amounts in words of the language).
 */
public final class BriefTables {

    private BriefTables() {
    }

    /** Amounts as numbers, one more column marking synthetic figures. */
    public static List<BriefTable> forSpreadsheet(Brief brief, BriefWords w) {
        return all(new Tabulation(brief, w, true));
    }

    /** Amounts written out in the language, for a document. */
    public static List<BriefTable> forDocument(Brief brief, BriefWords w) {
        return all(new Tabulation(brief, w, false));
    }

    /** The sections' tables in the brief's order, a section without data giving none; the changes in a spreadsheet only. */
    private static List<BriefTable> all(Tabulation t) {
        Brief brief = t.brief();
        List<BriefTable> out = new ArrayList<>();
        Brief.Changes changes = brief.changes();
        if (changes != null && t.forSpreadsheet()) {
            out.add(ChangeTable.of(changes, t));
        }
        Brief.Balance b = brief.balance();
        if (b != null && b.missing() == null) {
            out.addAll(BalanceTables.of(b, t));
        }
        Brief.Commitments c = brief.commitments();
        if (c != null && c.missing() == null) {
            out.addAll(CommitmentTables.of(c, t));
        }
        Brief.Engagements e = brief.engagements();
        if (e != null && e.missing() == null) {
            out.add(TalksTables.engagements(e, t));
        }
        Brief.Hill h = brief.hill();
        if (h != null && h.missing() == null && t.forSpreadsheet()) {
            out.add(HillTable.of(h, t));
        }
        Brief.Asks a = brief.asks();
        if (a != null && a.missing() == null) {
            out.add(TalksTables.asks(a, t));
        }
        Brief.Offers o = brief.offers();
        if (o != null && o.missing() == null) {
            out.addAll(OffersTables.of(o, t));
        }
        Brief.Risks r = brief.risks();
        if (r != null && r.missing() == null) {
            out.add(TalksTables.risks(r, t));
        }
        out.add(TalksTables.sources(t));
        return out;
    }
}
