package org.bilateral.shared;

import java.time.Instant;
import java.util.Optional;

/**
 * When a pair's last brief was made: the moment the first page ("Since …") counts changes from unless the user picks a
 * date. The briefs capability answers it; the host asks through this interface, since briefs plugs its commands into the
 * host and the host depending on briefs would close a cycle.
 */
public interface LastBrief {

    /** When the latest brief of the pair, either way round, was made; empty when none was. */
    Optional<Instant> madeAt(CountryCode a, CountryCode b);
}
