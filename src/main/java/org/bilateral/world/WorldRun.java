package org.bilateral.world;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.risk.ScreenRequest;
import org.bilateral.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * A dated run of the world screen, as loaded from its RUN.json: what was screened, on what, where and how long it took.
 *
 * @param eventYear    the year of the tariff event the diversion and surge are measured around; null for none
 * @param cifFobMargin the margin by which an importer's record may exceed the exporter's (0.06 for a factor of 1.06)
 * @param master       the Spark master the job ran on ({@code local[*]}, {@code spark://…}, {@code k8s://…})
 * @param store        the world store the job read (any Hadoop path)
 * @param flowsRead    the store's rows the job read
 * @param synthetic    whether any partition read was demonstration data
 * @param sources      the bulk files whose partitions the job read
 * @param hubs         the hubs screened
 */
public record WorldRun(long id, CountryCode origin, CountryCode destination, int fromYear, int toYear, @Nullable Integer eventYear,
                       double cifFobMargin, int top, String master, String sparkVersion, Instant startedAt, Instant finishedAt,
                       String store, long flowsRead, boolean synthetic, List<String> sources, Instant loadedAt, String loadedBy,
                       int hubs) {

    public WorldRun {
        sources = List.copyOf(sources);
    }

    /** The time the job took, start to finish. */
    public Duration took() {
        return Duration.between(startedAt, finishedAt);
    }

    /** The time the job took in seconds, as a page writes it. */
    public long seconds() {
        return took().toSeconds();
    }

    /**
     * The event as the route's product page takes it: the day of the screen's known event in that year
     * ({@link ScreenRequest#EVENTS}), else the year's first day (the screen measures by year alone); null for none.
     */
    public @Nullable LocalDate event() {
        if (eventYear == null) {
            return null;
        }
        int year = eventYear;
        return ScreenRequest.EVENTS.stream().filter(e -> e.getYear() == year).findFirst().orElse(LocalDate.of(year, 1, 1));
    }
}
