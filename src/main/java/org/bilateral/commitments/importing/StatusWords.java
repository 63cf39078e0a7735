package org.bilateral.commitments.importing;

import java.util.Locale;
import java.util.Optional;
import org.bilateral.commitments.DealStage;
import org.bilateral.commitments.Instrument;
import org.jspecify.annotations.Nullable;

/**
 * What a deals file's free-text status ("MOU/proposal acceptance", "agreed (cited in Joint Statement)", "first delivery of
 * backlog order") says about a deal: its stage and instrument, or that the row is not a purchase at all.
 */
record StatusWords(DealStage stage, Instrument instrument, Kind kind) {

    enum Kind { PURCHASE, FINANCING, AGGREGATE, NOT_A_PURCHASE }

    /** Empty when no word of the status is one Bilateral knows. */
    static Optional<StatusWords> read(String status) {
        String s = status.toLowerCase(Locale.ROOT);
        if (s.contains("investment") || s.contains("fdi")) {
            return Optional.of(new StatusWords(DealStage.ANNOUNCED, Instrument.ANNOUNCEMENT, Kind.NOT_A_PURCHASE));
        }
        // A financing agreement is between the buyer and a lender: it shows the purchase is announced, nothing more.
        if (s.contains("financing") || s.contains("loan")) {
            return Optional.of(new StatusWords(DealStage.ANNOUNCED, Instrument.ANNOUNCEMENT, Kind.FINANCING));
        }
        Kind kind = s.contains("aggregate") ? Kind.AGGREGATE : Kind.PURCHASE;
        // "contract/MOU": when a source hedges between two stages, the register takes the less binding one.
        StatusWords weakest = null;
        for (String part : s.split("/")) {
            StatusWords words = part(part, kind);
            if (words != null && (weakest == null || weakest.stage.isAfter(words.stage))) {
                weakest = words;
            }
        }
        return Optional.ofNullable(weakest);
    }

    private static @Nullable StatusWords part(String s, Kind kind) {
        if (s.contains("cancel") || s.contains("withdrawn") || s.contains("terminated")) {
            return new StatusWords(DealStage.CANCELLED, Instrument.ANNOUNCEMENT, kind);
        }
        if (s.contains("lapse") || s.contains("expired")) {
            return new StatusWords(DealStage.LAPSED, Instrument.ANNOUNCEMENT, kind);
        }
        if (s.contains("fully delivered") || s.equals("delivered") || s.contains("completed")) {
            return new StatusWords(DealStage.DELIVERED, Instrument.ORDER, kind);
        }
        if (s.contains("deliver")) {
            return new StatusWords(DealStage.IN_DELIVERY, Instrument.ORDER, kind);
        }
        if (s.contains("purchase agreement") || s.contains("contract") || s.contains("order") || s.contains("signed purchase")) {
            return new StatusWords(DealStage.CONTRACT, s.contains("order") ? Instrument.ORDER : Instrument.PURCHASE_AGREEMENT, kind);
        }
        if (s.contains("framework")) {
            return new StatusWords(DealStage.MOU, Instrument.FRAMEWORK_AGREEMENT, kind);
        }
        if (s.contains("mou") || s.contains("memorand") || s.contains("letter of intent")) {
            return new StatusWords(DealStage.MOU, Instrument.MOU, kind);
        }
        if (s.contains("agreed") || s.contains("announce") || s.contains("pledge") || s.contains("joint statement")) {
            return new StatusWords(DealStage.ANNOUNCED, Instrument.ANNOUNCEMENT, kind);
        }
        return null;
    }
}
