package org.bilateral.hill;

import org.bilateral.shared.UsState;

/** A state's USPS code, its two-digit FIPS code (the maps' id) and its name, as Census's state list gives them. */
public record UsStateInfo(UsState state, String fips, String name) {
}
