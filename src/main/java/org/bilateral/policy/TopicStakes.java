package org.bilateral.policy;

import org.bilateral.shared.Provenance;

/** What one topic's asks are worth: market-economy status, export controls or tariffs. */
public sealed interface TopicStakes permits MarketEconomyStakes, ExportControlStakes, TariffStakes {

    Provenance provenance();
}
