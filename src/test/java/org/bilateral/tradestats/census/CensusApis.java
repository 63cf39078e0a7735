package org.bilateral.tradestats.census;

import java.net.URI;
import org.bilateral.sources.Fetcher;
import org.bilateral.sources.SourceKeys;

/** A Census client asking a test's own recorded server, for tests outside this package. */
public final class CensusApis {

    private CensusApis() {
    }

    public static CensusApi at(URI base, CensusLevel level, Fetcher fetcher, SourceKeys keys) {
        return new CensusApi(fetcher, keys, new CensusProperties(base, level, "2025-01", 2, false));
    }
}
