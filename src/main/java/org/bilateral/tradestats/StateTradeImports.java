package org.bilateral.tradestats;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.time.YearMonth;
import org.bilateral.shared.Flow;
import org.bilateral.tradestats.census.StateFigure;
import java.util.stream.Collectors;
import org.bilateral.identity.AuditTrail;
import org.bilateral.reference.Country;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Said;
import org.bilateral.shared.Sha256;
import org.bilateral.shared.Unavailable;
import org.bilateral.shared.UsState;
import org.bilateral.tradestats.census.StateHsReader;
import org.bilateral.tradestats.importing.FileFormat;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A downloaded Census {@code statehs} answer brought in through the one import ({@code bilateral import}, the Imports
 * page, the API): one month of one flow with one partner, as the pull stores it. The partner is the file's CTY_CODE
 * (Census's country code, Vietnam 5520) found in the reference data; every row must be of that country, the month and
 * the HS level of the file's first row, or the file is refused whole. A file held already (by checksum) stores nothing; a
 * changed answer for a month held becomes the month's current one, the old kept as its revision. Runs within the
 * caller's transaction, so that a set of files is stored whole or not at all.
 */
@Component
public class StateTradeImports {

    /** Every USPS code: a state row is one of these or Census's XX. */
    private static final Set<String> STATES = UsState.all().stream().map(UsState::usps).collect(Collectors.toUnmodifiableSet());

    static final String TOTALS_DROPPED = "Census totals (STATE, CTY_CODE or commodity \"-\"), left out so as not to count twice";

    private final StateTradeStore store;
    private final CountryDirectory countries;
    private final AuditTrail audit;

    private final TransactionTemplate transaction;
    private final StatisticsAnswers answers;

    StateTradeImports(StateTradeStore store, CountryDirectory countries, AuditTrail audit, PlatformTransactionManager transactions,
                      StatisticsAnswers answers) {
        this.answers = answers;
        this.transaction = new TransactionTemplate(transactions);
        this.store = store;
        this.countries = countries;
        this.audit = audit;
    }

    /**
     * Stores the demonstration's state figures (SYNTHETIC, made up from the demonstration's national figures), one
     * answer per month, each marked synthetic so that every page and brief showing them says so. Does nothing when the
     * partner already holds state figures of the flow: the demonstration never mixes with pulled or imported answers.
     *
     * @return the months stored
     */
    public int storeSynthetic(CountryCode partner, Flow flow, int hsLevel, SortedMap<YearMonth, List<StateFigure>> months, String actor) {
        if (hsLevel != 2 && hsLevel != 4 && hsLevel != 6) {
            throw new IllegalArgumentException("state figures are held at HS2, HS4 or HS6, not " + hsLevel);
        }
        // the answers held forget the statistics at once, not when this process hears its own notification
        answers.changed();
        Integer stored;
        try {
            stored = storedSynthetic(partner, flow, hsLevel, months, actor);
        } finally {
            answers.forgetNow();
        }
        return stored == null ? 0 : stored;
    }

    private @org.jspecify.annotations.Nullable Integer storedSynthetic(CountryCode partner, Flow flow, int hsLevel,
                                                                      SortedMap<YearMonth, List<StateFigure>> months, String actor) {
        return transaction.execute(status -> {
            if (months.isEmpty() || !store.levels(partner, flow).isEmpty()) {
                return 0;
            }
            store.storeSynthetic(partner, flow, hsLevel, months, actor);
            // the subject's first word is its kind (audit.kind.states), said in the page's language; the rest is codes
            audit.record(actor, "state trade imported", "states " + partner.value() + " " + flow.code() + " " + months.firstKey() + "/"
                    + months.lastKey(), null, months.size() + " months, synthetic");
            return months.size();
        });
    }

    ImportReport run(Path file, String fileName, String actor) {
        if (!countries.isLoaded()) {
            throw new Unavailable(Said.of("refusal.tradestats.noReference"));
        }
        String sha = Sha256.hex(file);
        StateHsReader.Answer answer = StateHsReader.answer(file, fileName);
        CountryCode partner = countries.byCensusCode(answer.censusCountry()).map(Country::code)
                .orElseThrow(() -> new InvalidInput(new InputProblem(fileName, InputProblem.line(answer.line()), "CTY_CODE",
                        Said.of("refusal.census.unknownCountry", Limits.shown(answer.censusCountry())))));
        String label = FileFormat.CENSUS_STATE_JSON.label();
        String dataset = "US " + answer.flow().label() + "s by state, " + partner.value() + ", " + answer.month() + ", HS"
                + answer.level().digits();
        // Two uploads of one file at once: the second waits here for the first and is then told it is held.
        store.lock(partner, answer.flow(), answer.month());
        Optional<StateTradeStore.Earlier> earlier = store.bySha(partner, answer.flow(), answer.month(), sha);
        if (earlier.isPresent()) {
            return new ImportReport(earlier.get().importId(), fileName, label, dataset, 0, 0, Map.of(), earlier.get().synthetic(),
                    earlier.get().at(), List.of());
        }
        StateHsReader.Read read = new StateHsReader(STATES).read(file, fileName, answer);
        Optional<StateTradeStore.Held> current = store.current(partner, answer.flow(), answer.month());
        int replacedRows = current.map(h -> store.rowCount(h.importId())).orElse(0);
        long id = store.store(partner, answer.flow(), answer.month(), answer.level().digits(), fileName, sha, actor, read.figures(),
                read.totalsDropped(), current);
        audit.record(actor, "state trade imported", "states #" + id + " " + fileName,
                current.map(StateTradeStore.Held::importId).orElse(null), read.figures().size() + " rows");
        Map<String, Integer> skipped = new LinkedHashMap<>();
        if (read.totalsDropped() > 0) {
            skipped.put(TOTALS_DROPPED, read.totalsDropped());
        }
        return new ImportReport(id, fileName, label, dataset, read.figures().size(), replacedRows, skipped, false, null, List.of());
    }
}
