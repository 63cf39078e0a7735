package org.bilateral.engagements;

import java.util.Locale;

/** What kind of body an organisation is, as far as its name and context tell. */
public enum OrganisationKind {
    MINISTRY, LEGISLATURE, COMPANY, ASSOCIATION, PARTY, AGENCY, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OrganisationKind parse(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
