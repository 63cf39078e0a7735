package org.bilateral.commitments.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.commitments.Deal;
import org.bilateral.shared.DealId;
import org.bilateral.commitments.DealStage;
import org.bilateral.commitments.DealTotals;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.commitments.importing.DealsImport;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Period;
import org.bilateral.shared.Said;
import org.bilateral.doors.Uploads;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The deal register as JSON, for scripts and other tools. */
@RestController
class DealsApi {

    record StageBody(String stage, LocalDate happened, String note) {
    }

    record DeliveryBody(String period, java.math.BigDecimal quantity, java.math.BigDecimal valueUsd) {
    }

    private final PurchaseCommitments commitments;
    private final DealsImport imports;
    private final Uploads uploads;

    DealsApi(PurchaseCommitments commitments, DealsImport imports, Uploads uploads) {
        this.uploads = uploads;
        this.commitments = commitments;
        this.imports = imports;
    }

    @GetMapping("/api/deals")
    List<Deal> deals() {
        return commitments.deals();
    }

    @GetMapping("/api/deals/totals")
    DealTotals totals() {
        return commitments.totals();
    }

    @GetMapping("/api/deals/{id}")
    Deal deal(@PathVariable long id) {
        return commitments.numbered(id);
    }

    @PostMapping("/api/deals/import")
    DealsImport.Report importFile(@RequestParam("file") MultipartFile file) {
        try (Uploads.Upload upload = uploads.receive(file, DealsImport.LARGEST_FILE)) {
            return imports.importFile(upload.file(), upload.name());
        }
    }

    @PostMapping("/api/deals/{id}/stages")
    Deal stage(@PathVariable long id, @RequestBody StageBody body, Authentication user) {
        DealId current = deal(id).id();
        commitments.recordStage(current, InvalidInput.field("stage", () -> DealStage.parse(body.stage())), body.happened(), user.getName(), body.note());
        return commitments.deal(current);
    }

    @PutMapping("/api/deals/{id}/schedule")
    Deal schedule(@PathVariable long id, @RequestBody List<DeliveryBody> body) {
        List<Deal.Delivery> deliveries = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            DeliveryBody d = body.get(i);
            String entry = "delivery " + (i + 1);
            if (d == null) {
                throw new InvalidInput(new InputProblem("schedule", Said.asWritten(entry), null, Said.of("refusal.commitments.empty")));
            }
            Period period = InvalidInput.field("schedule, " + entry + ", field period", () -> Period.parse(d.period()));
            deliveries.add(new Deal.Delivery(period, d.quantity(), d.valueUsd(), "reported"));
        }
        commitments.schedule(InvalidInput.field("deal", () -> new DealId(id)), deliveries);
        return deal(id);
    }
}
