package org.bilateral.hill;

import java.util.regex.Pattern;
import org.bilateral.shared.InvalidValue;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Said;

/** A member of Congress by the Biographical Directory's id, one capital letter and six digits ("H000601"). */
public record BioguideId(String value) implements Comparable<BioguideId> {

    private static final Pattern FORM = Pattern.compile("[A-Z][0-9]{6}");

    public BioguideId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidValue("refusal.hill.notABioguideId",
                    value == null ? Said.of("refusal.shared.nothing") : Said.asWritten(Limits.shown(value)));
        }
    }

    /** An id as a user or a URL writes it: spaces around it and lower case are forgiven. */
    public static BioguideId of(String text) {
        return new BioguideId(text.strip().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public int compareTo(BioguideId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
