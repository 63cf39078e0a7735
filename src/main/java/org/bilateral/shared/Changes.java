package org.bilateral.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a module says changed in its records since a moment: new months of statistics, engagements read and waiting for
 * review, asks whose position or status moved, deals that changed stage, tariff actions and trade-remedy documents,
 * watched products whose signals moved. Each module answers for its own records (like {@link Findable}); the first
 * page ("Since …") and the alerts ask every one without depending on any.
 */
public interface Changes {

    /** What changed, in the order the first page lists them. */
    enum Kind {
        /** New months of statistics held, and how the balance moved like for like. */
        STATISTICS,
        /** A press release read, its proposals waiting for review. */
        PRESS,
        /** An engagement entered in the register (a round of talks, a meeting, a call). */
        ENGAGEMENT,
        /** An ask whose position or status changed. */
        ASK,
        /** A deal that moved stage or value. */
        DEAL,
        /** A tariff action (an executive order, a proclamation, a ruling). */
        TARIFF_ACTION,
        /** A trade-remedy document: an anti-dumping or countervailing duty order, review or evasion case. */
        TRADE_REMEDY,
        /** A watched product whose imports or signals moved. */
        WATCHED_PRODUCT
    }

    /**
     * One change.
     *
     * @param kind     what it is
     * @param at       when it entered the workbench (not when the event happened: a month of 2025 imported today is
     *                 today's change)
     * @param line     the line the page shows, in no language yet
     * @param href     the page that shows the record, relative to the workbench ("/engagements/12")
     * @param product  the product it concerns, when it concerns one (for an alert on a watched product)
     * @param movement how much a figure moved, as a fraction (0.25 = up 25%), when the change is a movement; compared
     *                 with an alert's threshold
     * @param text     the words the record carries (a document's title and abstract, a press release's title), for an
     *                 alert on words; empty when it carries none
     * @param synthetic whether the change rests on demonstration data (said beside the line)
     */
    record Change(Kind kind, Instant at, Said line, String href, @Nullable HsCode product, @Nullable BigDecimal movement,
            String text, boolean synthetic) {
    }

    /** The changes to this module's records that entered the workbench after {@code since}, the newest first. */
    List<Change> since(Instant since);
}
