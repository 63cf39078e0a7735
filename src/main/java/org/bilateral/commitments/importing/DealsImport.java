package org.bilateral.commitments.importing;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.commitments.ReportedDeal;
import org.bilateral.engagements.Directory;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.reference.Nomenclature;
import org.bilateral.shared.Counted;
import org.bilateral.shared.HsCode;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.DealId;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.bilateral.shared.UsState;
import org.jspecify.annotations.Nullable;
import org.bilateral.shared.TextFiles;
import org.bilateral.shared.NameKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a deals file into the register, all rows or none. Rows are taken in date order, so that a deal's later
 * reports find the deal its first report made; a row the register already holds (same id, date and buyer) adds nothing.
 */
@Service
public class DealsImport {

    /** What one import did, row by row where it matters. */
    public record Report(String fileName, int rows, int newDeals, int moreReports, int alreadyKnown, int mergesProposed,
                         List<String> skipped) {

        public String describe() {
            StringBuilder s = new StringBuilder("%s: %s: %s, %s of deals in the register, %d already imported, %s proposed"
                    .formatted(fileName, Counted.of(rows, "row", "rows"), Counted.of(newDeals, "new deal", "new deals"),
                            Counted.of(moreReports, "more report", "more reports"), alreadyKnown, Counted.of(mergesProposed, "merge", "merges")));
            skipped.forEach(x -> s.append(System.lineSeparator()).append("  skipped ").append(x));
            return s.toString();
        }
    }

    private final PurchaseCommitments commitments;
    private final Directory directory;
    private final Nomenclature nomenclature;

    DealsImport(PurchaseCommitments commitments, Directory directory, Nomenclature nomenclature) {
        this.commitments = commitments;
        this.directory = directory;
        this.nomenclature = nomenclature;
    }

    /** The largest deals file taken: the register's every report fits in a few megabytes. */
    public static final long LARGEST_FILE = 20L << 20;

    /**
     * One transaction for the whole file: the organisations each row records in the directory, its deals and their
     * audit entries stay only if every row is written, so a file refused at its last row leaves nothing behind. (The
     * transaction is begun here, at the door's entry; {@link #importCsv} called from this class would begin none.)
     */
    @Transactional
    public Report importFile(Path file, String fileName) {
        return TextFiles.read(file, fileName, in -> importCsv(in, fileName));
    }

    @Transactional
    public Report importCsv(Reader in, String fileName) throws IOException {
        DealsFile.Result read = DealsFile.read(in, fileName);
        if (!read.problems().isEmpty()) {
            throw new InvalidInput(read.problems());
        }
        List<DealsFile.Row> rows = new ArrayList<>(read.rows());
        rows.sort(Comparator.comparing(DealsFile.Row::date).thenComparing(DealsFile.Row::line));
        int added = 0;
        int more = 0;
        int known = 0;
        int proposed = 0;
        List<String> skipped = new ArrayList<>();
        // where the rows say the goods are made, checked against the register as each row is written: a state that
        // contradicts the one held refuses the file (which then changes nothing), rather than replacing it unseen
        List<InputProblem> problems = new ArrayList<>();
        for (DealsFile.Row row : rows) {
            if (row.words().kind() == StatusWords.Kind.NOT_A_PURCHASE) {
                skipped.add("line %d (%s): '%s' is not a purchase".formatted(row.line(), row.id(), row.status()));
                continue;
            }
            if (row.words().kind() == StatusWords.Kind.FINANCING) {
                // a loan for a purchase is a source of that purchase, never a deal of its own
                var financed = commitments.recordFinancing(toReport(row, fileName));
                if (financed.isPresent()) {
                    more++;
                } else {
                    skipped.add("line %d (%s): '%s' finances a purchase of %s not on record; it is no purchase of its own, so it waits for that deal"
                            .formatted(row.line(), row.id(), row.status(), row.buyer()));
                }
                continue;
            }
            ReportedDeal report = toReport(row, fileName);
            PurchaseCommitments.Recorded r = commitments.record(report);
            states(row, r.deal(), report.seller(), fileName, problems);
            switch (r.outcome()) {
                case NEW_DEAL -> added++;
                case ANOTHER_REPORT -> more++;
                case ALREADY_KNOWN -> known++;
            }
            if (r.proposedMergeWith() != null) {
                proposed++;
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Report(fileName, rows.size(), added, more, known, proposed, skipped);
    }

    /**
     * The row's plant state given to its deal, and its seller state to its seller, where the register holds none; the
     * same state again is nothing new. A state other than the one held is a problem of the row's line and column.
     */
    private void states(DealsFile.Row row, DealId deal, Directory.@Nullable OrganisationId seller, String fileName, List<InputProblem> problems) {
        String by = AuditTrail.currentActor();
        UsState plant = row.plantState();
        if (plant != null) {
            UsState held = commitments.deal(deal).plantState();
            if (held == null) {
                commitments.setPlantState(deal, plant, by);
            } else if (!held.equals(plant)) {
                problems.add(new InputProblem(fileName, InputProblem.line(row.line()), "plant_state",
                        Said.of("refusal.commitments.plantStateHeld", deal.toString(), held.usps(), plant.usps())));
            }
        }
        UsState sellerState = row.sellerState();
        if (sellerState != null && seller != null) {
            Directory.Organisation organisation = directory.existingOrganisation(seller.value());
            UsState held = organisation.usState();
            String country = organisation.country();
            if (country != null && !country.equals("US")) {
                problems.add(new InputProblem(fileName, InputProblem.line(row.line()), "seller_state",
                        Said.of("refusal.commitments.stateOfForeignSeller", country)));
            } else if (held == null) {
                directory.setUsState(seller, sellerState, by);
            } else if (!held.equals(sellerState)) {
                problems.add(new InputProblem(fileName, InputProblem.line(row.line()), "seller_state",
                        Said.of("refusal.commitments.sellerStateHeld", organisation.name(), held.usps(), sellerState.usps())));
            }
        }
    }

    private ReportedDeal toReport(DealsFile.Row row, String fileName) {
        boolean aggregate = row.words().kind() == StatusWords.Kind.AGGREGATE || row.buyer().startsWith("~");
        Directory.OrganisationId buyer = directory.recordOrganisation(new Directory.RecordOrganisation(row.buyer(), null,
                row.buyerCountry().value(), aggregate ? OrganisationKind.ASSOCIATION : OrganisationKind.COMPANY));
        // A lender named in the seller column financed the purchase; the seller stays unknown.
        boolean financier = row.sellerRole() != null || row.words().kind() == StatusWords.Kind.FINANCING;
        Directory.OrganisationId seller = row.seller() == null || financier ? null
                : directory.recordOrganisation(new Directory.RecordOrganisation(row.seller(), null,
                row.sellerCountry() == null ? null : row.sellerCountry().value(), OrganisationKind.COMPANY));
        List<String> notes = new ArrayList<>();
        if (financier && row.seller() != null) {
            notes.add("financing by " + row.seller() + (row.sellerRole() == null ? "" : " (" + row.sellerRole() + ")"));
        }
        if (!row.dateText().equals(row.date().toString())) {
            notes.add("reported " + row.dateText());
        }
        if (row.windowText() != null && row.window() == null) {
            notes.add("deliveries: " + row.windowText());
        }
        if (row.note() != null) {
            notes.add(row.note());
        }
        String note = notes.isEmpty() ? null : String.join("; ", notes);
        return new ReportedDeal(buyer, seller, items(row), row.item(), row.quantity(), row.unit(), row.value(), row.words().instrument(),
                row.words().stage(), row.date(), row.window(), aggregate,
                new ReportedDeal.Source("file", null, fileName, row.url(), row.line(),
                        row.id() + "|" + row.date() + "|" + NameKey.of(row.buyer()), row.status(), note),
                note);
    }

    /** One item per HS code, named by the nomenclature's short name when the row lists several: "corn and wheat" is maize and wheat. */
    private List<ReportedDeal.Item> items(DealsFile.Row row) {
        if (row.hsCodes().size() <= 1) {
            return List.of(new ReportedDeal.Item(row.item(), row.hsCodes().isEmpty() ? null : row.hsCodes().get(0)));
        }
        List<ReportedDeal.Item> items = new ArrayList<>();
        for (HsCode code : row.hsCodes()) {
            // a stored item's name, the same whatever the language of the page that imported the file
            String label = nomenclature.description(code.digits(), java.util.Locale.ENGLISH).map(d -> d.split(";")[0].strip()).orElse("HS " + code.digits());
            items.add(new ReportedDeal.Item(label, code));
        }
        return items;
    }
}
