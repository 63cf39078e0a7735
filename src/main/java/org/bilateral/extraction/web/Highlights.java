package org.bilateral.extraction.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.bilateral.extraction.PressReleases;

/** The text of a press release cut where evidence starts and ends, so each piece knows which proposals quote it. */
final class Highlights {

    record Piece(String text, String proposals) {
        public boolean marked() {
            return !proposals.isEmpty();
        }
    }

    private Highlights() {
    }

    static List<Piece> of(String text, List<PressReleases.Proposal> proposals) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (PressReleases.Proposal p : proposals) {
            cuts.add(Math.min(p.evidenceStart(), text.length()));
            cuts.add(Math.min(p.evidenceEnd(), text.length()));
        }
        List<Piece> pieces = new ArrayList<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                StringBuilder ids = new StringBuilder();
                for (PressReleases.Proposal p : proposals) {
                    if (p.evidenceStart() <= from && p.evidenceEnd() >= cut && p.evidenceEnd() > p.evidenceStart()) {
                        ids.append(ids.isEmpty() ? "" : " ").append("ev-").append(p.id());
                    }
                }
                pieces.add(new Piece(text.substring(from, cut), ids.toString()));
            }
            from = cut;
        }
        return pieces;
    }
}
