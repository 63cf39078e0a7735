package org.bilateral.extraction;

/** An extraction as a reader at a terminal wants it: one line per fact. */
public final class Summaries {

    private Summaries() {
    }

    public static String of(Extraction x) {
        StringBuilder s = new StringBuilder();
        s.append(x.document()).append("  published ").append(x.published() == null ? "(not given)" : x.published())
                .append(x.dateline() == null ? "" : "  dateline " + x.dateline()).append('\n');
        for (Extraction.Event e : x.events()) {
            s.append("  event       ").append(e.kind().code()).append(e.round() == null ? "" : " " + e.round())
                    .append("  ").append(e.date() == null ? "undated" : e.date())
                    .append(e.endDate() == null ? "" : " to " + e.endDate())
                    .append(e.place() == null ? "" : "  in " + e.place())
                    .append(e.participants().isEmpty() ? "" : "  with " + String.join(", ", e.participants())).append('\n');
        }
        for (Extraction.Person p : x.people()) {
            s.append("  person      ").append(p.name()).append(p.title() == null ? "" : ", " + p.title())
                    .append(p.country() == null ? "" : " (" + p.country() + ")").append('\n');
        }
        for (Extraction.Commitment c : x.commitments()) {
            s.append("  commitment  ").append(c.buyer()).append(" buys ").append(c.quantity() == null ? "" : c.quantity() + " ")
                    .append(c.item()).append(c.seller() == null ? "" : " from " + c.seller())
                    .append(c.valueUsd() == null ? "" : String.format(" worth $%,.0f", c.valueUsd().usd())).append('\n');
        }
        for (Extraction.Issue i : x.issues()) {
            s.append("  issue       ").append(i.topic().label()).append('\n');
        }
        return s.toString();
    }
}
