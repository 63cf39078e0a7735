package org.bilateral.tariffs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case: the versions of Vietnam's tariff schedule held, the one in force on a day, and its lines with every
 * agreement's rate read by the printed conventions ({@link PrintedRates}). A version never changes once loaded (a
 * newer schedule is a new version), so each version's lines are read from the database once in the process.
 */
@Service
@Transactional(readOnly = true)
public class TariffSchedules {

    /**
     * HS6 summary: national lines under the subheading, those with a numeric MFN rate, and the simple average, minimum and
     * maximum MFN over those (null when none is priced). The average is kept to 4 decimals, rounded half-even.
     */
    public record Hs6Rates(HsCode hs6, int lines, int priced, @Nullable BigDecimal averagePercent,
                           @Nullable BigDecimal minPercent, @Nullable BigDecimal maxPercent) {
    }

    /** Decimals the HS6 average keeps: finer than any rate printed (1 decimal), so that a sum of averages is not off. */
    static final int AVERAGE_SCALE = 4;

    private final TariffStore store;
    private final TariffLoads loads;
    /** Each version's lines as read, with its checksum: a number given again to other files (a database emptied) is read again. */
    private final Map<ScheduleId, Read> read = new ConcurrentHashMap<>();

    private record Read(String sha256, List<TariffLine> lines) {
    }

    TariffSchedules(TariffStore store, TariffLoads loads) {
        this.store = store;
        this.loads = loads;
    }

    /** Every version held, oldest first. */
    public List<Schedule> schedules() {
        loads.ensureLoaded();
        return store.schedules();
    }

    /** The version in force on a day: the latest with inForceFrom on or before it. */
    public Optional<Schedule> inForceOn(LocalDate day) {
        Schedule inForce = null;
        for (Schedule s : schedules()) {
            if (!s.inForceFrom().isAfter(day)) {
                inForce = s;
            }
        }
        return Optional.ofNullable(inForce);
    }

    /** The version in force on a day, or {@link NotFound} (TARIFF_SCHEDULE) when none is. */
    public Schedule existingInForceOn(LocalDate day) {
        return inForceOn(day).orElseThrow(() -> new NotFound(NotFound.Thing.TARIFF_SCHEDULE, day));
    }

    /** One national line, by its 8 digits. */
    public Optional<TariffLine> line(ScheduleId schedule, HsCode eightDigits) {
        List<TariffLine> under = linesUnder(schedule, eightDigits);
        return under.size() == 1 && under.get(0).code().equals(eightDigits) ? Optional.of(under.get(0)) : Optional.empty();
    }

    /** Every line under a code of any level 2..8 (a chapter, heading, subheading or line), in code order. */
    public List<TariffLine> linesUnder(ScheduleId schedule, HsCode code) {
        return under(lines(schedule), code);
    }

    /**
     * The lines under a code among a schedule's lines already read ({@link #lines}, in code order): for a use case that
     * looks thousands of codes up in one schedule and should read it once.
     */
    public static List<TariffLine> under(List<TariffLine> all, HsCode code) {
        String prefix = code.digits();
        int from = firstAtOrAfter(all, prefix);
        int to = from;
        while (to < all.size() && all.get(to).code().digits().startsWith(prefix)) {
            to++;
        }
        return all.subList(from, to);
    }

    /** Every line of the schedule, in code order. */
    public List<TariffLine> lines(ScheduleId schedule) {
        Optional<Schedule> held = store.schedule(schedule);
        if (held.isEmpty()) {
            return List.of();
        }
        String sha = held.get().sha256();
        Read lines = read.get(schedule);
        if (lines == null || !lines.sha256().equals(sha)) {
            lines = new Read(sha, readLines(schedule));
            read.put(schedule, lines);
        }
        return lines.lines();
    }

    /** Whether any line lies under the code. */
    public boolean inSchedule(ScheduleId schedule, HsCode code) {
        return !linesUnder(schedule, code).isEmpty();
    }

    /** The HS6 summary of a subheading; empty when the schedule has no line under it. */
    public Optional<Hs6Rates> hs6(ScheduleId schedule, HsCode hs6) {
        if (hs6.level() != 6) {
            throw new IllegalArgumentException(hs6 + " is not a subheading (6 digits)");
        }
        List<TariffLine> under = linesUnder(schedule, hs6);
        if (under.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(summary(hs6, under));
    }

    /** Lines, priced lines, and the simple average, minimum and maximum MFN over the priced ones. */
    static Hs6Rates summary(HsCode code, List<TariffLine> lines) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal min = null;
        BigDecimal max = null;
        int priced = 0;
        for (TariffLine l : lines) {
            BigDecimal mfn = l.mfnPercent();
            if (mfn == null) {
                continue;
            }
            priced++;
            sum = sum.add(mfn);
            min = min == null || mfn.compareTo(min) < 0 ? mfn : min;
            max = max == null || mfn.compareTo(max) > 0 ? mfn : max;
        }
        BigDecimal average = priced == 0 ? null
                : sum.divide(BigDecimal.valueOf(priced), AVERAGE_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return new Hs6Rates(code, lines.size(), priced, average, min, max);
    }

    private static int firstAtOrAfter(List<TariffLine> lines, String prefix) {
        int lo = 0;
        int hi = lines.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lines.get(mid).code().digits().compareTo(prefix) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private List<TariffLine> readLines(ScheduleId schedule) {
        List<Agreement> agreements = store.agreements(schedule);
        // the same printed value is read once: most of 240,000 are "0", "*" or a handful of others
        List<Map<String, Preference>> seen = new ArrayList<>();
        agreements.forEach(a -> seen.add(new HashMap<>()));
        List<TariffLine> lines = new ArrayList<>();
        for (TariffStore.HeldLine h : store.lines(schedule, "")) {
            List<Preference> preferences = new ArrayList<>(agreements.size());
            for (int i = 0; i < agreements.size() && i < h.printed().size(); i++) {
                Agreement a = agreements.get(i);
                preferences.add(seen.get(i).computeIfAbsent(h.printed().get(i), p -> PrintedRates.read(a, p)));
            }
            preferences.sort(java.util.Comparator.comparing(Preference::agreement));
            lines.add(new TariffLine(h.code(), h.mfnPercent(), h.mfnText(), h.outOfQuotaPercent(), h.generalText(), preferences));
        }
        return Collections.unmodifiableList(lines);
    }
}
