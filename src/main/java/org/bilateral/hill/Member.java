package org.bilateral.hill;

import org.jspecify.annotations.Nullable;

/**
 * A member as the legislators file gives them: the public record and the fields only loading and matching read (the
 * middle name people may go by, the suffix, the accent-free last name, the senator's class and rank, voting).
 */
record Member(Legislator legislator, @Nullable String middleName, @Nullable String suffix, String lastNameAscii,
              @Nullable Integer senateClass, @Nullable String stateRank, boolean voting) {
}
