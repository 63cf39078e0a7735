package org.bilateral.commitments.web;

import java.math.BigDecimal;
import java.util.List;
import org.bilateral.commitments.Deal;
import org.bilateral.commitments.DealStage;
import org.bilateral.commitments.reporting.DemandForecast;
import org.bilateral.commitments.reporting.EnterpriseReporting;
import org.bilateral.commitments.reporting.ProgressReport;
import org.bilateral.commitments.reporting.ReporterScope;
import org.bilateral.commitments.reporting.ReportingTemplate;
import org.bilateral.commitments.reporting.SubmitForecast;
import org.bilateral.commitments.reporting.SubmitProgress;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.doors.Uploads;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.bilateral.shared.Period;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;

/** Reporting for scripts: the same use cases as the pages, the same scope. */
@RestController
class ReportingApi {

    record ProgressBody(@Nullable String period, @Nullable String stage, @Nullable BigDecimal deliveredQuantity,
                        @Nullable BigDecimal deliveredValueUsd, @Nullable String nextMilestones, @Nullable String obstacles) {
    }

    record ForecastBody(long enterprise, @Nullable String period, @Nullable String hsCode, @Nullable String product, int year,
                        @Nullable BigDecimal quantity, @Nullable String unit, @Nullable BigDecimal valueUsd) {
    }

    private final EnterpriseReporting reporting;
    private final ReportingTemplate template;
    private final Uploads uploads;

    ReportingApi(EnterpriseReporting reporting, ReportingTemplate template, Uploads uploads) {
        this.reporting = reporting;
        this.template = template;
        this.uploads = uploads;
    }

    @GetMapping("/api/reporting/deals")
    List<Deal> deals(Authentication user) {
        return reporting.deals(ReportingPages.scope(reporting, user));
    }

    @GetMapping("/api/reporting/deals/{id}")
    Deal deal(@PathVariable long id, Authentication user) {
        return reporting.deal(ReportingPages.scope(reporting, user), id);
    }

    @GetMapping("/api/reporting/deals/{id}/progress")
    List<ProgressReport> progress(@PathVariable long id, Authentication user) {
        return reporting.progress(ReportingPages.scope(reporting, user), id);
    }

    @PostMapping("/api/reporting/deals/{id}/progress")
    ProgressReport submit(@PathVariable long id, @RequestBody ProgressBody body, Authentication user) {
        Period period = ReportingPages.period(body.period());
        String stage = body.stage();
        if (stage == null) {
            throw new InvalidInput(Said.of("refusal.commitments.progressField", Said.of("refusal.commitments.field.stage"),
                    Said.of("refusal.commitments.missing")));
        }
        return reporting.submit(ReportingPages.scope(reporting, user), new SubmitProgress(id, period,
                InvalidInput.field("stage", () -> DealStage.parse(stage)), body.deliveredQuantity(), body.deliveredValueUsd(),
                body.nextMilestones(), body.obstacles()), "api");
    }

    @GetMapping("/api/reporting/forecasts")
    List<DemandForecast> forecasts(Authentication user) {
        return reporting.forecasts(ReportingPages.scope(reporting, user));
    }

    @PostMapping("/api/reporting/forecasts")
    List<DemandForecast> forecast(@RequestBody ForecastBody body, Authentication user) {
        ReporterScope scope = ReportingPages.scope(reporting, user);
        Period period = ReportingPages.period(body.period());
        String hsCode = body.hsCode();
        if (hsCode == null) {
            throw new InvalidInput(Said.of("refusal.commitments.forecastField", Said.of("refusal.commitments.field.hsCode"),
                    Said.of("refusal.commitments.missing")));
        }
        reporting.submit(scope, new SubmitForecast(body.enterprise(), period, InvalidInput.field("hsCode", () -> HsCode.of(hsCode)), body.product(), body.year(), body.quantity(), body.unit(), body.valueUsd()));
        return reporting.forecasts(scope);
    }

    @PostMapping("/api/reporting/template")
    ReportingTemplate.Imported upload(@RequestParam("file") MultipartFile file, Authentication user) {
        try (Uploads.Upload upload = uploads.receive(file, ReportingTemplate.LARGEST_UPLOAD)) {
            return template.read(ReportingPages.scope(reporting, user), upload.file(), upload.name(), "xlsx");
        }
    }

    @GetMapping("/api/reporting/status")
    List<EnterpriseReporting.Status> status(@RequestParam(required = false) String period) {
        return reporting.status(ReportingPages.period(period));
    }
}
