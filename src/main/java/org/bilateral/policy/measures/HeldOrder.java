package org.bilateral.policy.measures;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An order as the workbench holds it: the order, the columns of the file the stakes do not read, and where it came
 * from.
 *
 * @param statusEvidence the latest notice showing the order in force (a review's results, a continuation)
 * @param origin         {@code reference} (the reference file), {@code import} or {@code proposal} (an accepted
 *                       Federal Register document)
 */
public record HeldOrder(AntidumpingOrder order, @Nullable String htsSourceUrl, @Nullable String statusEvidence, String origin,
                        Instant enteredAt, String enteredBy) {

    public static final String REFERENCE = "reference";
    public static final String IMPORT = "import";
    public static final String PROPOSAL = "proposal";
}
