package org.bilateral.commitments.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bilateral.commitments.Deal;
import org.bilateral.shared.DealId;
import org.bilateral.commitments.DealStage;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.engagements.Directory;
import org.bilateral.identity.AuditTrail;
import org.bilateral.identity.Role;
import org.bilateral.identity.UserAccounts;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.Period;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enterprises reporting to the ministry. A reporter account belongs to one or more enterprises and sees and changes only
 * the deals those enterprises buy under; a deal outside its scope is answered as if it did not exist, so that a reporter
 * cannot even learn which deal numbers are taken.
 */
@Service
public class EnterpriseReporting {

    /** One enterprise's reporting for a period, as the ministry checks it. */
    public record Status(long organisationId, String enterprise, List<String> reporters, int deals, int dealsReported,
                         int forecasts, @Nullable OffsetDateTime lastReported) {

        public boolean complete() {
            return dealsReported >= deals && (deals > 0 || forecasts > 0);
        }
    }

    public record Enterprise(long id, String name, @Nullable String country) {
    }

    /** A forecast as the projection reads it: a value for a product and year, and the day it was made. */
    public record LatestForecast(long organisationId, String hsCode, int year, BigDecimal valueUsd, LocalDate reportedOn) {
    }

    private final AuditTrail audit;
    private final ReportingStore store;
    private final PurchaseCommitments commitments;
    private final Directory directory;
    private final UserAccounts accounts;

    EnterpriseReporting(ReportingStore store, PurchaseCommitments commitments, Directory directory, UserAccounts accounts, AuditTrail audit) {
        this.audit = audit;
        this.store = store;
        this.commitments = commitments;
        this.directory = directory;
        this.accounts = accounts;
    }

    /** The period a form or a command names, or the current reporting period when it names none. */
    public static Period periodOr(@Nullable String text) {
        return text == null || text.isBlank() ? currentPeriod() : InvalidInput.field("period", () -> Period.parse(text));
    }

    /** The current reporting period: the calendar quarter. */
    public static Period currentPeriod() {
        YearMonth now = YearMonth.now();
        return Period.quarter(now.getYear(), (now.getMonthValue() + 2) / 3);
    }

    public ReporterScope scope(String username, boolean ministry) {
        return new ReporterScope(username, ministry, store.enterprisesOf(username));
    }

    /** Lets a reporter account report for an enterprise; returns the enterprise, for the caller to name. */
    @Transactional
    public Enterprise link(String username, long organisationId) {
        var account = accounts.find(username).orElseThrow(() -> new InvalidInput(Said.of("refusal.commitments.noAccount", username)));
        if (account.role() != Role.REPORTER) {
            throw new InvalidInput(Said.of("refusal.commitments.notAReporter", username, account.role().name().toLowerCase(Locale.ROOT)));
        }
        Directory.Organisation o = directory.organisation(organisationId)
                .orElseThrow(() -> new InvalidInput(Said.of("refusal.commitments.noOrganisation", String.valueOf(organisationId))));
        store.link(username, organisationId);
        audit.record("reporter linked to an enterprise", "user " + username, null, Map.of("organisation", organisationId));
        return new Enterprise(o.id(), o.name(), o.country());
    }

    /** The reporter accounts, by name: those an administrator may link to an enterprise. */
    public List<String> reporterAccounts() {
        return accounts.all().stream().filter(a -> a.role() == Role.REPORTER).map(UserAccounts.Account::username).sorted().toList();
    }

    /** The accounts that report for an enterprise, by name. */
    public List<String> reportersOf(long organisationId) {
        return store.reportersOf(organisationId);
    }

    public List<Enterprise> enterprises(ReporterScope scope) {
        Set<Long> ids = new HashSet<>(scope.enterprises());
        if (scope.ministry()) {
            ids.addAll(store.buyersAndReporting());
        }
        return directory.organisations(ids).values().stream()
                .map(o -> new Enterprise(o.id(), o.name(), o.country()))
                .sorted(Comparator.comparing(Enterprise::name).thenComparing(Enterprise::id)).toList();
    }

    public List<Deal> deals(ReporterScope scope) {
        return scope.ministry() ? commitments.deals() : commitments.dealsOfBuyers(scope.enterprises());
    }

    /** A deal the scope covers; any other number is "no such deal". */
    public Deal deal(ReporterScope scope, long id) {
        return commitments.deal(id).filter(d -> scope.covers(d.buyerId()))
                .orElseThrow(() -> new NotFound(NotFound.Thing.DEAL, DealId.written(id)));
    }

    /**
     * Adds a progress report to the deal's history: an earlier report, of this period or another, is kept as it was. The
     * same report sent again (a workbook uploaded twice) adds nothing: it says nothing the latest report of the period
     * did not.
     */
    @Transactional
    public ProgressReport submit(ReporterScope scope, SubmitProgress p, String via) {
        Deal deal = deal(scope, p.dealId());
        ProgressReport before = progress(deal.id()).stream().filter(r -> r.period().equals(p.period())).findFirst().orElse(null);
        if (before != null && before.says(p)) {
            return before;
        }
        store.insertProgress(deal.id().value(), p, scope.username(), via);
        if (p.stage() != deal.stage()) {
            commitments.recordStage(deal.id(), p.stage(), LocalDate.now(), scope.username(), "progress report for " + p.period());
        }
        ProgressReport after = progress(deal.id()).get(0);
        audit.record(scope.username(), "progress reported", "deal " + deal.id() + " " + p.period(), before, after);
        return after;
    }

    @Transactional
    public void submit(ReporterScope scope, SubmitForecast f) {
        if (!scope.covers(f.organisationId())) {
            throw new NotFound(NotFound.Thing.ENTERPRISE, f.organisationId());
        }
        store.putForecast(f, scope.username());
        audit.record(scope.username(), "forecast reported", "organisation " + f.organisationId() + " " + f.period(), null, f);
    }

    /** Which of these deals have a progress report for the period: one query for a whole list. */
    public Set<DealId> reportedFor(Period period, Collection<Deal> deals) {
        return store.reportedFor(period, deals.stream().map(d -> d.id().value()).toList()).stream().map(DealId::new)
                .collect(Collectors.toSet());
    }

    /** A deal's progress reports, newest first: the first is the deal's current state. The caller has checked the scope (see {@link #deal}). */
    public List<ProgressReport> progress(DealId deal) {
        return progress(List.of(deal)).getOrDefault(deal, List.of());
    }

    /** Progress reports of many deals, each deal's newest first: one query for a whole template, page or projection. */
    public Map<DealId, List<ProgressReport>> progress(Collection<DealId> deals) {
        return store.progress(deals.stream().map(DealId::value).toList()).stream()
                .collect(Collectors.groupingBy(r -> new DealId(r.dealId()), LinkedHashMap::new, Collectors.toList()));
    }

    public List<ProgressReport> progress(ReporterScope scope, long dealId) {
        return progress(deal(scope, dealId).id());
    }

    /**
     * Each enterprise's forecasts from the latest period it forecast in: a later period's forecast supersedes an earlier
     * one's whole, so a product left out of it is no longer expected.
     */
    public List<LatestForecast> latestForecasts() {
        return store.latestForecasts();
    }

    public List<DemandForecast> forecasts(ReporterScope scope) {
        List<DemandForecast> rows = store.forecasts(scope.ministry(), scope.enterprises());
        Map<Long, String> names = names(rows.stream().map(DemandForecast::organisationId).toList());
        return rows.stream().map(f -> f.of(names.getOrDefault(f.organisationId(), "#" + f.organisationId())))
                .sorted(Comparator.comparing(DemandForecast::enterprise)).toList();
    }

    /** Enterprises are named by the directory, the one place that knows them. */
    private Map<Long, String> names(Collection<Long> ids) {
        return directory.organisations(ids).values().stream().collect(Collectors.toMap(Directory.Organisation::id, Directory.Organisation::name));
    }

    /**
     * Who has reported for a period and who has not. Expected to report: every enterprise a reporter account reports for,
     * and every buyer of a deal still running (not an aggregate, not delivered, cancelled or lapsed).
     */
    public List<Status> status(Period period) {
        Map<Long, List<String>> reporters = store.reportersByEnterprise();
        Map<Long, List<Deal>> running = commitments.deals().stream()
                .filter(d -> !d.aggregate() && !d.stage().isTerminated() && d.stage() != DealStage.DELIVERED)
                .collect(Collectors.groupingBy(Deal::buyerId));
        Set<Long> expected = new TreeSet<>(reporters.keySet());
        expected.addAll(running.keySet());
        Map<Long, Long> reported = store.dealsReported(period);
        Map<Long, Long> forecasts = store.forecastsMade(period);
        Map<Long, OffsetDateTime> last = store.lastReported(period);
        Map<Long, String> names = names(expected);
        return expected.stream()
                .map(id -> new Status(id, names.getOrDefault(id, "#" + id),
                        reporters.getOrDefault(id, List.of()), running.getOrDefault(id, List.of()).size(),
                        reported.getOrDefault(id, 0L).intValue(), forecasts.getOrDefault(id, 0L).intValue(), last.get(id)))
                .sorted(Comparator.comparing(Status::complete).thenComparing(Status::enterprise))
                .toList();
    }
}
