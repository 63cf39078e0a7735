package org.bilateral.commitments.web;

import java.math.BigDecimal;
import java.util.List;
import org.bilateral.commitments.Deal;
import org.bilateral.shared.DealId;
import org.bilateral.commitments.DealStage;
import org.bilateral.commitments.reporting.EnterpriseReporting;
import org.bilateral.commitments.reporting.ReporterScope;
import org.bilateral.commitments.reporting.ReportingTemplate;
import org.bilateral.commitments.reporting.SubmitForecast;
import org.bilateral.commitments.reporting.SubmitProgress;
import org.bilateral.identity.CurrentAccount;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Period;
import org.bilateral.doors.Downloads;
import org.bilateral.doors.Notices;
import org.bilateral.doors.Uploads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.jspecify.annotations.Nullable;

/** The reporting pages: an enterprise's deals, progress and forecasts; for the ministry, who has reported. */
@Controller
class ReportingPages {

    private final EnterpriseReporting reporting;

    private final Notices notices;
    private final ReportingTemplate template;
    private final Uploads uploads;
    private final org.bilateral.doors.Sayings sayings;

    ReportingPages(EnterpriseReporting reporting, ReportingTemplate template, Uploads uploads, Notices notices,
                   org.springframework.context.MessageSource messages) {
        this.sayings = new org.bilateral.doors.Sayings(messages);

        this.notices = notices;
        this.reporting = reporting;
        this.template = template;
        this.uploads = uploads;
    }

    /** The ministry (administrators, analysts, viewers) sees every enterprise; a reporter its own. */
    static ReporterScope scope(EnterpriseReporting reporting, Authentication user) {
        return reporting.scope(user.getName(), CurrentAccount.of(user).ministry());
    }

    static Period period(@Nullable String text) {
        return EnterpriseReporting.periodOr(text);
    }

    @GetMapping("/reporting")
    String home(@RequestParam(required = false) String period, Authentication user, Model model) {
        ReporterScope scope = scope(reporting, user);
        Period p = period(period);
        List<Deal> deals = reporting.deals(scope).stream().filter(d -> !d.aggregate()).toList();
        model.addAttribute("period", p);
        model.addAttribute("enterprises", reporting.enterprises(scope));
        model.addAttribute("deals", deals);
        model.addAttribute("reported", reporting.reportedFor(p, deals));
        model.addAttribute("forecasts", reporting.forecasts(scope));
        model.addAttribute("stages", DealStage.values());
        model.addAttribute("ministry", scope.ministry());
        return "commitments/reporting";
    }

    @GetMapping("/reporting/deals/{id}")
    String deal(@PathVariable long id, @RequestParam(required = false) String period, Authentication user, Model model) {
        ReporterScope scope = scope(reporting, user);
        model.addAttribute("deal", reporting.deal(scope, id));
        model.addAttribute("progress", reporting.progress(scope, id));
        model.addAttribute("period", period(period));
        model.addAttribute("stages", DealStage.values());
        return "commitments/reporting-deal";
    }

    @PostMapping("/reporting/deals/{id}/progress")
    String progress(@PathVariable long id, @RequestParam String period, @RequestParam String stage,
                    @RequestParam(required = false) String deliveredQuantity, @RequestParam(required = false) String deliveredValueUsd,
                    @RequestParam(required = false) String nextMilestones, @RequestParam(required = false) String obstacles,
                    Authentication user, RedirectAttributes flash) {
        ReporterScope scope = scope(reporting, user);
        reporting.submit(scope, new SubmitProgress(id, period(period), InvalidInput.field("stage", () -> DealStage.parse(stage)), number("delivered quantity", deliveredQuantity),
                number("delivered value", deliveredValueUsd), nextMilestones, obstacles), "web");
        flash.addFlashAttribute("notice", notices.say("notice.progressRecorded", DealId.written(id), period));
        return "redirect:/reporting/deals/" + id + "?period=" + period;
    }

    @PostMapping("/reporting/forecasts")
    String forecast(@RequestParam long enterprise, @RequestParam String period, @RequestParam String hsCode,
                    @RequestParam(required = false) String product, @RequestParam int year, @RequestParam(required = false) String quantity,
                    @RequestParam(required = false) String unit, @RequestParam(required = false) String valueUsd,
                    Authentication user, RedirectAttributes flash) {
        reporting.submit(scope(reporting, user), new SubmitForecast(enterprise, period(period), InvalidInput.field("HS code", () -> HsCode.of(hsCode)), product, year,
                number("quantity", quantity), unit, number("value", valueUsd)));
        flash.addFlashAttribute("notice", notices.say("notice.forecastRecorded", hsCode, String.valueOf(year)));
        return "redirect:/reporting?period=" + period;
    }

    @GetMapping("/reporting/template.xlsx")
    ResponseEntity<byte[]> template(@RequestParam(required = false) String period, @RequestParam(required = false) Long enterprise,
                                    Authentication user, java.util.Locale page) {
        Period p = period(period);
        // in the page's language: the reporter reads the template as they read the page
        return Downloads.xlsx("bilateral-reporting-" + p + (enterprise == null ? "" : "-" + enterprise) + ".xlsx",
                template.write(scope(reporting, user), p, enterprise, page));
    }

    /**
     * A refused workbook comes back to the reporting page with each of its problems on a line of its own (sheet, row,
     * column and what is wrong), beside the form to upload it again once fixed; nothing in it was recorded.
     */
    @PostMapping("/reporting/template")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String period, Authentication user,
                  RedirectAttributes flash, java.util.Locale locale) {
        ReportingTemplate.Imported imported;
        try (Uploads.Upload upload = uploads.receive(file, ReportingTemplate.LARGEST_UPLOAD)) {
            imported = template.read(scope(reporting, user), upload.file(), upload.name(), "xlsx");
        } catch (InvalidInput refused) {
            flash.addFlashAttribute("refusedFile", file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                    ? "?" : file.getOriginalFilename());
            // each cell's problem in the reporter's language: sheet, row and column as the workbook shows them
            flash.addFlashAttribute("refusals", sayings.problems(refused.problems(), locale));
            return "redirect:/reporting" + (period == null || period.isBlank() ? "" : "?period=" + period(period));
        }
        flash.addFlashAttribute("notice", notices.say("notice.templateRecorded", imported.fileName(), imported.progressReports(),
                imported.forecasts(), imported.period().toString()));
        return "redirect:/reporting?period=" + imported.period();
    }

    @GetMapping("/reporting/status")
    String status(@RequestParam(required = false) String period, Authentication user, Model model) {
        Period p = period(period);
        model.addAttribute("period", p);
        model.addAttribute("status", reporting.status(p));
        model.addAttribute("reporterAccounts", reporting.reporterAccounts());
        model.addAttribute("enterprises", reporting.enterprises(scope(reporting, user)));
        return "commitments/reporting-status";
    }

    @PostMapping("/reporting/status/reporters")
    String link(@RequestParam String username, @RequestParam long enterprise, @RequestParam(required = false) String period,
                RedirectAttributes flash) {
        EnterpriseReporting.Enterprise linked = reporting.link(username, enterprise);
        flash.addFlashAttribute("notice", notices.say("notice.reporterLinked", username, linked.name()));
        return "redirect:/reporting/status" + (period == null ? "" : "?period=" + period);
    }

    static @Nullable BigDecimal number(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Limits.number(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(new InputProblem("form", null, field, String.valueOf(e.getMessage())));
        }
    }
}
