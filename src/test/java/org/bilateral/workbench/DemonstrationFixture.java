package org.bilateral.workbench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bilateral.extraction.PressRelease;
import org.bilateral.extraction.PressReleases;
import org.bilateral.extraction.RegisterFixture;
import org.bilateral.tradestats.TradeStatisticsFixture;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demonstration data, fresh, with one press release read and accepted: a minister, a senator, an airline's
 * Boeing purchase and the ask for market-economy status, as the pages and the search box are tried on.
 */
final class DemonstrationFixture {

    /** The day the demonstration is asked for: 2026-12-06, so its statistics run through November 2026. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-06T09:00:00Z"), ZoneOffset.UTC);

    static final String RELEASE_NAME = "senator-daines.txt";

    static final String RELEASE = """
            Minister Nguyễn Hồng Diên receives US Senator

            Hanoi, March 4, 2025 – Minister of Industry and Trade Nguyễn Hồng Diên received US Senator Steve Daines in Hanoi
            on March 4. Minister Diên said Vietnam Airlines signed an agreement to buy 50 Boeing 737 MAX aircraft worth
            US$10 billion. He asked the US to recognise Vietnam's market economy status soon.
            """;

    private DemonstrationFixture() {
    }

    /** Clears the record, loads the demonstration and accepts the press release; returns the release's number. */
    static long load(JdbcClient jdbc, ApplicationEventPublisher events, PressReleases pressReleases) {
        TradeStatisticsFixture.clear(jdbc);
        RegisterFixture.clear(jdbc);
        jdbc.sql("delete from purchase_target").update();
        jdbc.sql("delete from ask").update();
        events.publishEvent(DemoRequested.on(TODAY));
        long release = pressReleases.ingest(new PressRelease(RELEASE_NAME, RELEASE), "analyst").id();
        pressReleases.acceptAll(release, "analyst");
        return release;
    }
}
