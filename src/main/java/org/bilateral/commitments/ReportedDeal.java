package org.bilateral.commitments;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.bilateral.engagements.Directory.OrganisationId;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.Period;
import org.bilateral.shared.InvalidValue;
import org.jspecify.annotations.Nullable;

/**
 * One report of a purchase deal, from a press release, a row of a deals file or a user: the command that records it.
 * The register decides whether it is a new deal or another report of one it knows.
 *
 * @param goods          the goods in the report's own words; null when the items say it
 * @param deliveryWindow when deliveries are due, if the report says; the value is then expected evenly over it
 * @param aggregate      a total of many deals ("twenty MOUs"), never added to the deals it may contain
 */
public record ReportedDeal(OrganisationId buyer, @Nullable OrganisationId seller, List<Item> items, @Nullable String goods,
                           @Nullable Long quantity, @Nullable String unit, @Nullable ReportedValue value, Instrument instrument,
                           DealStage stage, @Nullable LocalDate reportedOn, @Nullable Period deliveryWindow, boolean aggregate,
                           Source source, @Nullable String note) {

    /** A product the deal covers; several when one deal buys "corn and wheat". */
    public record Item(String description, @Nullable HsCode hsCode) {
        public Item {
            if (description == null || description.isBlank()) {
                throw new InvalidValue("refusal.commitments.itemNeedsGoods");
            }
            description = description.strip();
        }
    }

    /**
     * Where the report comes from.
     *
     * @param origin     press_release, file, progress_report or user
     * @param externalId the id a deals file gives its row; a second import of the row adds nothing
     * @param statusText the source's own words for the deal's status
     */
    public record Source(String origin, @Nullable Long pressReleaseId, String name, @Nullable String url, @Nullable Integer line,
                         @Nullable String externalId, @Nullable String statusText, @Nullable String evidence) {
        public Source {
            if (!List.of("press_release", "file", "progress_report", "user").contains(origin)) {
                throw new IllegalArgumentException("unknown report origin: " + origin);
            }
            Objects.requireNonNull(name, "a report names its source");
        }

        public static Source pressRelease(long id, String name, String evidence) {
            return new Source("press_release", id, name, null, null, null, null, evidence);
        }
    }

    public ReportedDeal {
        Objects.requireNonNull(buyer, "a deal needs its buyer");
        Objects.requireNonNull(source, "a deal report needs its source");
        items = items == null ? List.of() : List.copyOf(items);
        if (items.isEmpty()) {
            throw new InvalidValue("refusal.commitments.dealNeedsGoods");
        }
        if (quantity != null && quantity <= 0) {
            throw new InvalidValue("refusal.commitments.quantityPositive");
        }
        instrument = instrument == null ? Instrument.ANNOUNCEMENT : instrument;
        stage = stage == null ? instrument.stage() : stage;
        unit = unit == null || unit.isBlank() ? null : unit.strip();
    }

    /** The goods in one line, as the register lists them. */
    public String description() {
        if (goods != null && !goods.isBlank()) {
            return goods.strip();
        }
        return items.size() == 1 ? items.get(0).description() : String.join("; ", items.stream().map(Item::description).toList());
    }
}
