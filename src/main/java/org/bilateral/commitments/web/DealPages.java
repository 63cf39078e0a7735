package org.bilateral.commitments.web;

import java.time.LocalDate;
import java.util.List;
import org.bilateral.commitments.Deal;
import org.bilateral.shared.DealId;
import org.bilateral.commitments.DealProposals;
import org.bilateral.commitments.DealStage;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.commitments.importing.DealsImport;
import org.bilateral.commitments.reporting.EnterpriseReporting;
import org.bilateral.engagements.Engagements;
import org.bilateral.engagements.MergeProposals;
import org.bilateral.engagements.MergeSubject;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NotFound;
import org.springframework.http.ResponseEntity;
import org.bilateral.doors.Downloads;
import org.bilateral.doors.Notices;
import org.bilateral.doors.Uploads;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Said;
import org.bilateral.shared.UsState;
import org.jspecify.annotations.Nullable;

/** The deal register for the ministry: the list with its totals, one deal in full, import and export. */
@Controller
class DealPages {

    private final PurchaseCommitments commitments;
    private final DealProposals proposals;
    private final DealsImport imports;
    private final Engagements engagements;
    private final MergeProposals merges;
    private final EnterpriseReporting reporting;
    private final Uploads uploads;
    private final Notices notices;

    DealPages(PurchaseCommitments commitments, DealProposals proposals, DealsImport imports, Engagements engagements, MergeProposals merges,
              EnterpriseReporting reporting, Uploads uploads, Notices notices) {
        this.notices = notices;
        this.proposals = proposals;
        this.uploads = uploads;
        this.commitments = commitments;
        this.imports = imports;
        this.engagements = engagements;
        this.merges = merges;
        this.reporting = reporting;
    }

    @GetMapping("/deals")
    String deals(@RequestParam(required = false) String stage, Model model) {
        List<Deal> all = commitments.deals();
        DealStage only = stage == null || stage.isBlank() ? null : InvalidInput.field("stage", () -> DealStage.parse(stage));
        model.addAttribute("deals", only == null ? all : all.stream().filter(d -> d.stage() == only).toList());
        model.addAttribute("totals", commitments.totals());
        model.addAttribute("stages", DealStage.values());
        model.addAttribute("stage", only);
        return "commitments/deals";
    }

    @GetMapping("/deals/{id}")
    String deal(@PathVariable long id, Model model) {
        long current = commitments.resolve(id);
        if (current != id) {
            return "redirect:/deals/" + current;
        }
        Deal deal = commitments.numbered(id);
        model.addAttribute("deal", deal);
        model.addAttribute("engagements", engagements.reportedInOrListed(commitments.pressReleaseIds(deal.id()),
                commitments.engagementIds(deal.id())));
        model.addAttribute("merges", merges.open().stream().filter(m -> m.subject() == MergeSubject.DEAL && m.concerns(id)).toList());
        model.addAttribute("progress", reporting.progress(deal.id()));
        model.addAttribute("stages", DealStage.values());
        model.addAttribute("proposals", proposals.of(deal));
        model.addAttribute("producing", commitments.producingState(deal.id()).orElse(null));
        return "commitments/deal";
    }

    /** A person confirms the HS code proposed for one of the deal's goods, or gives another. */
    @PostMapping("/deals/{id}/goods/{position}/hs")
    String classify(@PathVariable long id, @PathVariable int position, @RequestParam String hsCode) {
        proposals.classify(deal(id), position, InvalidInput.field("HS code", () -> HsCode.of(hsCode.strip().replace(".", ""))));
        return "redirect:/deals/" + id;
    }

    /** A person confirms the country proposed for the deal's buyer or seller, or gives another. */
    @PostMapping("/deals/{id}/countries")
    String country(@PathVariable long id, @RequestParam long organisation, @RequestParam String country) {
        CountryCode given = InvalidInput.country(country, "country");
        if (given == null) {
            throw new InvalidInput("country", Said.of("refusal.commitments.countryMissing"));
        }
        proposals.setCountry(deal(id), organisation, given);
        return "redirect:/deals/" + id;
    }

    /** An editor says which state the plant making the deal's goods is in, or (nothing chosen) that the goods name none. */
    @PostMapping("/deals/{id}/plant-state")
    String plantState(@PathVariable long id, @RequestParam(required = false) @Nullable String state, Authentication user) {
        UsState chosen = state == null || state.isBlank() ? null : InvalidInput.field("state", () -> UsState.of(state));
        DealId current = commitments.numbered(id).id();
        commitments.setPlantState(current, chosen, user.getName());
        return "redirect:/deals/" + current.value();
    }

    @PostMapping("/deals/import")
    String importFile(@RequestParam("file") MultipartFile file, RedirectAttributes flash) {
        DealsImport.Report report;
        try (Uploads.Upload upload = uploads.receive(file, DealsImport.LARGEST_FILE)) {
            report = imports.importFile(upload.file(), upload.name());
        }
        // the page's language; the command's line stays report.describe()
        flash.addFlashAttribute("notice", notices.say("notice.dealsImported", report.fileName(), report.rows(), report.newDeals(),
                report.moreReports(), report.alreadyKnown(), report.mergesProposed())
                + (report.skipped().isEmpty() ? "" : " " + String.join("; ", report.skipped())));
        return "redirect:/deals";
    }

    @PostMapping("/deals/{id}/stages")
    String stage(@PathVariable long id, @RequestParam String stage, @RequestParam(required = false) String happened,
                 @RequestParam(required = false) String note, Authentication user) {
        DealId current = commitments.numbered(id).id();
        commitments.recordStage(current, InvalidInput.field("stage", () -> DealStage.parse(stage)), happened == null || happened.isBlank() ? null : date(happened),
                user.getName(), note == null || note.isBlank() ? null : note);
        return "redirect:/deals/" + current.value();
    }

    @PostMapping("/deals/{id}/schedule")
    String schedule(@PathVariable long id, @RequestParam String schedule) {
        commitments.schedule(deal(id), DeliverySchedule.parse(schedule, "schedule"));
        return "redirect:/deals/" + id;
    }

    @PostMapping("/deals/{id}/engagements")
    String link(@PathVariable long id, @RequestParam long engagement) {
        if (engagements.engagement(engagement).isEmpty()) {
            throw new NotFound(NotFound.Thing.ENGAGEMENT, engagement);
        }
        commitments.linkEngagement(deal(id), engagement);
        return "redirect:/deals/" + id;
    }

    @GetMapping("/deals.{type:csv|xlsx}")
    ResponseEntity<byte[]> export(@PathVariable String type) {
        return Downloads.of(DealTables.register(commitments.deals()), "bilateral-deals", type);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput(new org.bilateral.shared.InputProblem("stage", null, "happened",
                    Said.of("refusal.commitments.notADate", org.bilateral.shared.Limits.shown(text))));
        }
    }

    /** A deal number a form was given; one no deal can have is refused by its field. */
    private static DealId deal(long id) {
        return InvalidInput.field("deal", () -> new DealId(id));
    }
}
