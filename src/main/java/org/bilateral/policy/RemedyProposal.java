package org.bilateral.policy;

import java.time.Instant;
import java.util.Locale;
import org.bilateral.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * A Federal Register document read as a proposed change to the orders or the tariff history, for an analyst to accept or
 * dismiss.
 *
 * @param caseNumber  the case the title or abstract names (A-552-801, C-552-838, or an EAPA case such as "EAPA 7890")
 * @param linkedOrder the order held that the document concerns: a review of it is a change to that order, not a new one
 */
public record RemedyProposal(FederalRegisterDocument document, CountryCode partner, Proposed proposed, @Nullable String caseNumber,
                             @Nullable String linkedOrder, State state, Instant pulledAt, @Nullable Instant decidedAt,
                             @Nullable String decidedBy) {

    /** What the document proposes. */
    public enum Proposed {
        /** A new anti-dumping or countervailing duty order. */
        NEW_ORDER,
        /** A review's result, a continuation, a revocation or a scope ruling on an order. */
        REVIEW,
        /** An evasion (EAPA) case of Customs and Border Protection. */
        EVASION,
        /** Another notice on a case (an initiation, a preliminary determination). */
        NOTICE,
        /** A presidential document that sets or changes a tariff. */
        TARIFF_ACTION;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Proposed parse(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    /** Where the proposal stands. */
    public enum State {
        WAITING, ACCEPTED, DISMISSED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static State parse(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    public String number() {
        return document.documentNumber();
    }

    /** Whether accepting it adds a new order (rather than noting the document on one held). */
    public boolean addsOrder() {
        return proposed == Proposed.NEW_ORDER && linkedOrder == null;
    }

    /** The product a new order's title names, before "from (the Socialist Republic of) Vietnam". */
    public String productGuess() {
        return RemedyReading.product(document.title());
    }
}
