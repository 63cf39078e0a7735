package org.bilateral.tradestats;

import java.io.IOException;
import org.bilateral.shared.Sha256;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.bilateral.identity.AuditTrail;
import org.bilateral.reference.Country;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.reference.ReferenceFiles;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.bilateral.shared.Unavailable;
import org.bilateral.sources.PullProgress;
import org.bilateral.sources.PullReport;
import org.bilateral.sources.SourcesProperties;
import org.bilateral.tradestats.census.CensusApi;
import org.bilateral.tradestats.census.CensusLevel;
import org.bilateral.tradestats.census.CensusTable;
import org.bilateral.tradestats.census.StateHsReader;
import org.bilateral.workbench.WorkbenchProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Use case: keep the US side of the statistics current from the Census International Trade API, the {@code census}
 * source the schedule, the Sources page and {@code bilateral pull census} run. For each partner, flow and month not yet
 * held (and the latest held, asked again for revisions) one answer is asked and imported through
 * {@link StatisticsImports} like a downloaded file: all or nothing, an answer already imported stores nothing, a changed
 * one replaces the month and keeps the old figures in history, each import audited and found by when it was stored. A
 * month that fails stops the pull there: the months before it stay stored, it stores nothing, and the next pull asks it
 * again since it is still not held.
 */
@Service
public class CensusPulls implements org.bilateral.sources.Source {

    private static final Logger log = LoggerFactory.getLogger(CensusPulls.class);
    private static final CountryCode US = CountryCode.of("US");
    private static final String STATE_CODES = "geo/us-state-codes.csv";

    private final CensusApi api;
    private final StatisticsImports imports;
    private final BalanceStore balances;
    private final StateTradeStore states;
    private final CountryDirectory countries;
    private final ReferenceFiles reference;
    private final SourcesProperties sources;
    private final Path pulled;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    CensusPulls(CensusApi api, StatisticsImports imports, BalanceStore balances, StateTradeStore states, CountryDirectory countries,
                ReferenceFiles reference, SourcesProperties sources, WorkbenchProperties workbench, AuditTrail audit,
                PlatformTransactionManager transactions) {
        this.api = api;
        this.imports = imports;
        this.balances = balances;
        this.states = states;
        this.countries = countries;
        this.reference = reference;
        this.sources = sources;
        this.pulled = workbench.home().resolve("tmp").resolve("census");
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public String id() {
        return "census";
    }

    @Override
    public Said name() {
        return Said.of("census.name");
    }

    /** The configured pull: the configured partners, from the configured first month to the latest, at the configured level. */
    @Override
    public PullReport pull(PullProgress progress) {
        return pull(new CensusAsk(sources.partners(), null, null, api.properties().level(), api.properties().states()),
                "source:census", progress, line -> { });
    }

    /** The HS detail pulled when none is asked for ({@code bilateral.sources.census.level}). */
    public CensusLevel defaultLevel() {
        return api.properties().level();
    }

    /** What one answer is: a month of a flow with a partner, by product or by state. */
    private record Step(CountryCode partner, String censusCode, Flow flow, YearMonth month, boolean byState, boolean again) {
    }

    /**
     * Pulls what the ask names; {@code said} hears each answer's outcome as it is stored, so that a pull stopped by a
     * failure has said what it stored before it.
     */
    public PullReport pull(CensusAsk ask, String actor, PullProgress progress, Consumer<Said> said) {
        YearMonth to = ask.to() != null ? ask.to() : YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        YearMonth from = ask.from() != null ? ask.from() : api.properties().first();
        List<Step> steps = new ArrayList<>();
        for (CountryCode partner : ask.partners()) {
            String censusCode = countries.byCode(partner).map(Country::censusCode)
                    .orElseThrow(() -> new InvalidInput("--partner", Said.of("refusal.census.noCensusCode", partner.value())));
            HeldMonths held = balances.held(US, partner);
            for (Flow flow : List.of(Flow.EXPORT, Flow.IMPORT)) {
                for (Asked m : months(from, to, held.months().getOrDefault(flow.code(), Set.of()), api.properties().reask())) {
                    steps.add(new Step(partner, censusCode, flow, m.month(), false, m.again()));
                }
                if (ask.states()) {
                    for (Asked m : months(from, to, states.levels(partner, flow).keySet(), api.properties().reask())) {
                        steps.add(new Step(partner, censusCode, flow, m.month(), true, m.again()));
                    }
                }
            }
        }
        if (ask.states() && ask.level() == CensusLevel.HS10) {
            said.accept(Said.of("census.line.stateLevel"));
        }
        if (steps.isEmpty()) {
            said.accept(Said.of("census.line.nothing", from.toString(), to.toString()));
            return new PullReport(0, 0, 0, List.of(Said.of("census.line.nothing", from.toString(), to.toString())));
        }
        Set<String> stateCodes = ask.states() ? stateCodes(said) : Set.of();
        List<Said> lines = new ArrayList<>();
        Consumer<Said> tell = line -> {
            lines.add(line);
            said.accept(line);
        };
        int asked = 0;
        int stored = 0;
        int unchanged = 0;
        progress.advance(0, steps.size());
        for (Step step : steps) {
            asked++;
            Outcome outcome = step.byState() ? states(step, ask.level(), actor, stateCodes, tell) : products(step, ask.level(), actor, tell);
            stored += outcome == Outcome.STORED ? 1 : 0;
            unchanged += outcome == Outcome.UNCHANGED ? 1 : 0;
            progress.advance(asked, steps.size());
        }
        return new PullReport(asked, stored, unchanged, lines);
    }

    /** A month asked, and whether it is held already (asked again for revisions). */
    record Asked(YearMonth month, boolean again) {
    }

    /**
     * The months to ask from {@code from} to {@code to}: each one not held, and some held ones again, because Census
     * revises. Each monthly release (FT-900) revises the month before it, so the {@code reask} latest months held are
     * asked again on every pull. Once a year, with the April statistics (published in June), Census revises the previous
     * year's months: so when an April is asked for the first time, every held month of the year before it is asked again.
     * An answer unchanged stores nothing, so asking again costs a request, never a figure.
     */
    static List<Asked> months(YearMonth from, YearMonth to, Set<YearMonth> held, int reask) {
        TreeSet<YearMonth> fresh = new TreeSet<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            if (!held.contains(m)) {
                fresh.add(m);
            }
        }
        TreeSet<YearMonth> inRange = new TreeSet<>();
        held.stream().filter(m -> !m.isBefore(from) && !m.isAfter(to)).forEach(inRange::add);
        TreeSet<YearMonth> again = new TreeSet<>();
        inRange.descendingSet().stream().limit(reask).forEach(again::add);
        for (YearMonth m : fresh) {
            if (m.getMonthValue() == 4) {
                inRange.stream().filter(h -> h.getYear() == m.getYear() - 1).forEach(again::add);
            }
        }
        List<Asked> months = new ArrayList<>();
        TreeSet<YearMonth> all = new TreeSet<>(fresh);
        all.addAll(again);
        for (YearMonth m : all) {
            months.add(new Asked(m, again.contains(m)));
        }
        return months;
    }

    private enum Outcome { STORED, UNCHANGED, NONE }

    private Outcome products(Step step, CensusLevel level, String actor, Consumer<Said> tell) {
        CensusTable table = api.products(step.flow(), step.censusCode(), level, step.month());
        Said flow = Said.of("census.flow." + step.flow().code());
        if (table.empty()) {
            // 204, "a valid request with no records": read as no trade, and nothing is stored, so that a month Census has
            // not published yet stays not held and is asked again by the next pull.
            tell.accept(Said.of("census.line.noRecords", step.month().toString(), flow, step.partner().value()));
            return Outcome.NONE;
        }
        String name = "census-" + (step.flow() == Flow.IMPORT ? "imports" : "exports") + "-hs" + level.digits() + "-"
                + step.partner().value() + "-" + step.month() + ".json";
        Path file = write(table, name);
        ImportReport report = imports.importFile(new ImportFile(file, name, actor));
        deleteQuietly(file);
        if (report.alreadyImported()) {
            tell.accept(Said.of("census.line.unchanged", step.month().toString(), flow, step.partner().value(),
                    String.valueOf(report.importId())));
            return Outcome.UNCHANGED;
        }
        tell.accept(report.replaced() > 0
                ? Said.of("census.line.revised", step.month().toString(), flow, step.partner().value(), report.figures(),
                        String.valueOf(report.importId()), report.replaced())
                : Said.of("census.line.stored", step.month().toString(), flow, step.partner().value(), report.figures(),
                        String.valueOf(report.importId())));
        return Outcome.STORED;
    }

    private Outcome states(Step step, CensusLevel level, String actor, Set<String> stateCodes, Consumer<Said> tell) {
        CensusLevel asked = level.forStates();
        CensusTable table = api.states(step.flow(), step.censusCode(), asked, step.month());
        Said flow = Said.of("census.flow." + step.flow().code());
        if (table.empty()) {
            tell.accept(Said.of("census.line.stateNoRecords", step.month().toString(), flow, step.partner().value()));
            return Outcome.NONE;
        }
        String name = "census-" + (step.flow() == Flow.IMPORT ? "imports" : "exports") + "-statehs-hs" + asked.digits() + "-"
                + step.partner().value() + "-" + step.month() + ".json";
        Path file = write(table, name);
        String sha = Sha256.hex(file);
        Optional<StateTradeStore.Held> current = states.current(step.partner(), step.flow(), step.month());
        if (current.isPresent() && current.get().sha256().equals(sha)) {
            deleteQuietly(file);
            tell.accept(Said.of("census.line.stateUnchanged", step.month().toString(), flow, step.partner().value(),
                    String.valueOf(current.get().importId())));
            return Outcome.UNCHANGED;
        }
        StateHsReader.Read read = new StateHsReader(stateCodes).read(file, name, step.flow(), step.censusCode(), asked, step.month());
        Long id = transaction.execute(status -> {
            long stored = states.store(step.partner(), step.flow(), step.month(), asked.digits(), name, sha, actor,
                    read.figures(), read.totalsDropped(), current);
            audit.record(actor, "state trade pulled", "states #" + stored + " " + name,
                    current.map(StateTradeStore.Held::importId).orElse(null), read.figures().size() + " rows");
            return stored;
        });
        deleteQuietly(file);
        tell.accept(Said.of(current.isPresent() ? "census.line.stateRevised" : "census.line.stateStored", step.month().toString(),
                flow, step.partner().value(), read.figures().size(), String.valueOf(id), read.totalsDropped()));
        return Outcome.STORED;
    }

    /** The USPS codes of ../shared/data/geo/us-state-codes.csv, read in place; empty (and said) when it is not there. */
    private Set<String> stateCodes(Consumer<Said> said) {
        try {
            String text = new String(reference.read(STATE_CODES), StandardCharsets.UTF_8);
            Set<String> codes = new TreeSet<>();
            text.lines().skip(1).map(line -> line.split(",", -1)).filter(cells -> cells.length > 1)
                    .map(cells -> cells[1].strip().toUpperCase(Locale.ROOT)).filter(c -> c.matches("[A-Z]{2}")).forEach(codes::add);
            return codes;
        } catch (Unavailable e) {
            said.accept(Said.of("census.line.statesUnchecked", reference.describe(STATE_CODES)));
            return Set.of();
        }
    }

    /** The answer as a file under the home, where the importer reads it; left there when it is refused, for a look. */
    private Path write(CensusTable table, String name) {
        try {
            Files.createDirectories(pulled);
            Path file = pulled.resolve(name);
            CensusApi.write(table, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not remove the pulled file {}: {}", file, e.getMessage());
        }
    }

}
