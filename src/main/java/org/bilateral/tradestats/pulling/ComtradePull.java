package org.bilateral.tradestats.pulling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.bilateral.reference.Country;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Flow;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.bilateral.shared.Unavailable;
import org.bilateral.sources.FetchFailed;
import org.bilateral.sources.Fetcher;
import org.bilateral.sources.PullProgress;
import org.bilateral.sources.PullReport;
import org.bilateral.sources.Source;
import org.bilateral.sources.SourceKeys;
import org.bilateral.sources.SourcesProperties;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.ImportReport;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.workbench.WorkbenchProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The UN Comtrade pull: each configured partner's own statistics of its trade with the United States, and with the world,
 * imports and exports, month by month and by year, from Comtrade's data API with the subscription key. Only periods not
 * yet held are asked, with the latest held ones again for their revisions; a call names at most the periods a call may
 * name and is split when its answer reaches the records a call may return. Each answer is imported whole or not at all,
 * as one file per period, so that an unchanged period is known by its checksum and stores nothing, whichever calls it came
 * in.
 */
@Component
@EnableConfigurationProperties(ComtradeProperties.class)
public class ComtradePull implements Source {

    public static final String ID = "comtrade";

    /** Comtrade's header for the subscription key (Azure API Management's). */
    static final String KEY_HEADER = "Ocp-Apim-Subscription-Key";

    private static final CountryCode UNITED_STATES = CountryCode.of("US");
    private static final List<Flow> FLOWS = List.of(Flow.IMPORT, Flow.EXPORT);

    private final Fetcher fetcher;
    private final SourceKeys keys;
    private final SourcesProperties sources;
    private final ComtradeProperties properties;
    private final CountryDirectory countries;
    private final ComtradeHeldStore held;
    private final StatisticsImports imports;
    private final Path answers;
    private final Clock clock;

    @Autowired
    ComtradePull(Fetcher fetcher, SourceKeys keys, SourcesProperties sources, ComtradeProperties properties,
                 CountryDirectory countries, ComtradeHeldStore held, StatisticsImports imports, WorkbenchProperties workbench) {
        this(fetcher, keys, sources, properties, countries, held, imports, workbench.home(), Clock.systemUTC());
    }

    ComtradePull(Fetcher fetcher, SourceKeys keys, SourcesProperties sources, ComtradeProperties properties,
                 CountryDirectory countries, ComtradeHeldStore held, StatisticsImports imports, Path home, Clock clock) {
        this.fetcher = fetcher;
        this.keys = keys;
        this.sources = sources;
        this.properties = properties;
        this.countries = countries;
        this.held = held;
        this.imports = imports;
        this.answers = home.resolve("pulls").resolve(ID);
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Said name() {
        return Said.of("tradestats.pull.comtrade.name");
    }

    /**
     * The schedule's pull: for each configured partner as reporter, its months from the configured first month to last
     * month, then its years to last year.
     */
    @Override
    public PullReport pull(PullProgress progress) {
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        List<PullReport> reports = new ArrayList<>();
        for (CountryCode partner : sources.partners()) {
            reports.add(pull(new ComtradePullRequest(partner, UNITED_STATES, properties.first(), lastMonth, false),
                    "source:" + ID, progress));
            // A year is asked once it is over; before then its months are all there is.
            YearMonth lastYear = YearMonth.of(lastMonth.getYear() - 1, 12);
            if (!lastYear.isBefore(properties.first())) {
                reports.add(pull(new ComtradePullRequest(partner, UNITED_STATES, properties.first(), lastYear, true),
                        "source:" + ID, progress));
            }
        }
        return sum(reports);
    }

    /** One pull as a command shapes it. */
    public PullReport pull(ComtradePullRequest request, String actor, PullProgress progress) {
        String key = keys.key(ID).orElseThrow(() -> new Unavailable(Said.of("refusal.tradestats.comtradeNoKey",
                String.valueOf(keys.file(ID)))));
        int reporter = comtradeCode(request.reporter(), "--reporter");
        int partner = comtradeCode(request.partner(), "--partner");
        List<ComtradeAsk> plan = new ArrayList<>();
        for (Flow flow : FLOWS) {
            List<YearMonth> asked = periodsToAsk(request, flow);
            for (int i = 0; i < asked.size(); i += properties.periodsPerCall()) {
                plan.add(new ComtradeAsk(reporter, partner, flow, request.annual(),
                        asked.subList(i, Math.min(asked.size(), i + properties.periodsPerCall()))));
            }
        }
        if (plan.size() > properties.callsPerDay()) {
            throw new InvalidInput("--from", Said.of("refusal.tradestats.comtradeTooManyCalls", String.valueOf(plan.size()),
                    String.valueOf(properties.callsPerDay())));
        }
        Tally tally = new Tally(plan.size(), progress);
        for (ComtradeAsk ask : plan) {
            fetchAndImport(ask, request, key, actor, tally);
        }
        return new PullReport(tally.asked, tally.stored, tally.unchanged, tally.lines);
    }

    /**
     * The periods of the request the workbench does not hold for both the partner and the world, and the latest
     * {@code revisit} it holds again: a reporter's recent months are provisional and Comtrade replaces them when the
     * reporter sends corrections, so asking them again brings a changed figure in as a revision, while an unchanged one
     * is known by its checksum and stores nothing.
     */
    List<YearMonth> periodsToAsk(ComtradePullRequest request, Flow flow) {
        Set<YearMonth> wanted = new TreeSet<>();
        if (request.annual()) {
            for (int y = request.from().getYear(); y <= request.to().getYear(); y++) {
                wanted.add(YearMonth.of(y, 1));
            }
        } else {
            for (YearMonth m = request.from(); !m.isAfter(request.to()); m = m.plusMonths(1)) {
                wanted.add(m);
            }
        }
        Set<YearMonth> heldBoth = new TreeSet<>(held.held(request.reporter(), request.partner(), flow, request.annual()));
        heldBoth.retainAll(held.held(request.reporter(), CountryCode.WORLD, flow, request.annual()));
        heldBoth.retainAll(wanted);
        TreeSet<YearMonth> asked = new TreeSet<>(wanted);
        asked.removeAll(heldBoth);
        heldBoth.stream().sorted(java.util.Comparator.reverseOrder()).limit(properties.revisit()).forEach(asked::add);
        return List.copyOf(asked);
    }

    /** Asks one call, splitting it while its answer reaches the records a call may return, and imports each answer. */
    private void fetchAndImport(ComtradeAsk ask, ComtradePullRequest request, String key, String actor, Tally tally) {
        Fetcher.Request call = Fetcher.Request.to(ask.address(properties.address(), properties.asked()))
                .with(KEY_HEADER, key).with("Accept", "application/json").pacedAt(properties.least());
        ComtradeAnswer answer = fetcher.get(call, ComtradeAnswer::read);
        tally.asked++;
        if (answer.count() >= properties.recordsPerCall()) {
            if (ask.periods().size() == 1) {
                // One period is as small as a call by period gets: its records beyond the cap would be lost unseen.
                throw new FetchFailed(call.address(), Said.of("refusal.tradestats.comtradeCapReached",
                        ask.periodCodes(), String.valueOf(properties.recordsPerCall())));
            }
            int half = ask.periods().size() / 2;
            tally.total += 2; // the call counted is answered by the two halves
            fetchAndImport(ask.of(ask.periods().subList(0, half)), request, key, actor, tally);
            fetchAndImport(ask.of(ask.periods().subList(half, ask.periods().size())), request, key, actor, tally);
            return;
        }
        importAnswer(ask, answer, request, actor, tally);
        tally.progress.advance(tally.asked, tally.total);
    }

    /** One answer, one file per period it holds, imported in one transaction: all of them or none. */
    private void importAnswer(ComtradeAsk ask, ComtradeAnswer answer, ComtradePullRequest request, String actor, Tally tally) {
        Map<String, List<String>> byPeriod = new TreeMap<>();
        answer.records().forEach(r -> byPeriod.computeIfAbsent(r.period(), p -> new ArrayList<>()).add(r.json()));
        for (YearMonth period : ask.periods()) {
            String code = ComtradeAsk.code(period, ask.annual());
            if (!byPeriod.containsKey(code)) {
                tally.lines.add(Said.of(byFlow(ask.flow(), "tradestats.pull.comtrade.notPublishedImports",
                        "tradestats.pull.comtrade.notPublishedExports"), request.reporter().value(), code));
            }
        }
        if (byPeriod.isEmpty()) {
            return;
        }
        Path dir = answers.resolve(UUID.randomUUID().toString());
        List<ImportFile> files = new ArrayList<>();
        List<String> periods = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, List<String>> e : byPeriod.entrySet()) {
                // Sorted, and without the envelope's elapsedTime: the same records are the same bytes, whatever the call.
                List<String> records = new ArrayList<>(e.getValue());
                records.sort(null);
                String name = "comtrade-" + request.reporter().value() + "-" + request.partner().value() + "-"
                        + ask.flow().code() + "-" + (e.getKey().isEmpty() ? "no-period" : e.getKey()) + ".json";
                Path file = dir.resolve(name);
                Files.writeString(file, "{\"count\":" + records.size() + ",\"data\":[\n" + String.join(",\n", records)
                        + "\n],\"error\":\"\"}\n", StandardCharsets.UTF_8);
                files.add(new ImportFile(file, name, actor));
                periods.add(e.getKey());
            }
            List<ImportReport> reports = imports.importFiles(files);
            for (int i = 0; i < reports.size(); i++) {
                ImportReport r = reports.get(i);
                Flow flow = ask.flow();
                if (r.alreadyImported()) {
                    tally.unchanged++;
                    tally.lines.add(Said.of(byFlow(flow, "tradestats.pull.comtrade.unchangedImports",
                            "tradestats.pull.comtrade.unchangedExports"), request.reporter().value(),
                            periods.get(i), String.valueOf(r.importId())));
                } else {
                    tally.stored++;
                    tally.lines.add(r.replaced() > 0
                            ? Said.of(byFlow(flow, "tradestats.pull.comtrade.revisedImports",
                            "tradestats.pull.comtrade.revisedExports"), request.reporter().value(), periods.get(i),
                                    r.figures(), String.valueOf(r.importId()), r.replaced())
                            : Said.of(byFlow(flow, "tradestats.pull.comtrade.storedImports",
                            "tradestats.pull.comtrade.storedExports"), request.reporter().value(), periods.get(i),
                                    r.figures(), String.valueOf(r.importId())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write Comtrade's answer under " + dir, e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** The key said of imports or of exports: each a whole sentence in each language, not a flow's word put in one. */
    private static String byFlow(Flow flow, String imports, String exports) {
        return flow == Flow.IMPORT ? imports : exports;
    }

    private int comtradeCode(CountryCode country, String option) {
        Country known = countries.byCode(country).orElseThrow(() -> new InvalidInput(option,
                Said.of("refusal.tradestats.comtradeUnknownCountry", country.value())));
        Integer code = known.comtradeCode() != null ? known.comtradeCode() : known.m49();
        if (code == null) {
            throw new InvalidInput(option, Said.of("refusal.tradestats.comtradeUnknownCountry", country.value()));
        }
        return code;
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // Only a copy of an answer already imported or refused is left: not worth failing a pull that did its work.
        }
    }

    private static PullReport sum(List<PullReport> reports) {
        List<Said> lines = new ArrayList<>();
        int asked = 0;
        int stored = 0;
        int unchanged = 0;
        for (PullReport r : reports) {
            asked += r.asked();
            stored += r.stored();
            unchanged += r.unchanged();
            lines.addAll(r.lines());
        }
        return new PullReport(asked, stored, unchanged, lines);
    }

    /** What a pull has done so far. */
    private static final class Tally {
        int asked;
        int stored;
        int unchanged;
        int total;
        final List<Said> lines = new ArrayList<>();
        final PullProgress progress;

        Tally(int total, PullProgress progress) {
            this.total = total;
            this.progress = progress;
        }
    }
}
