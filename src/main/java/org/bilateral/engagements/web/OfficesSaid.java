package org.bilateral.engagements.web;

import org.bilateral.engagements.Directory;
import org.bilateral.engagements.Offices;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Titles and organisations in the page's language: "Bộ trưởng Bộ Công Thương" on a Vietnamese page, "Minister of
 * Industry and Trade" on an English one, whichever language the report was in; what the lexicon ({@link Offices}) does
 * not know, as written. Templates call it as {@code @officesSaid}.
 */
@Component("officesSaid")
public class OfficesSaid {

    private final Offices offices;

    OfficesSaid(Offices offices) {
        this.offices = offices;
    }

    /** A person's title; empty when there is none. */
    public String title(@Nullable String title, @Nullable String country) {
        return title == null ? "" : offices.title(title, country, LocaleContextHolder.getLocale());
    }

    /** An organisation's name. */
    public String organisation(Directory.Organisation o) {
        return name(o.name(), o.country());
    }

    /** An organisation known here by its name and country only (a participant, a person's organisation). */
    public String name(@Nullable String name, @Nullable String country) {
        return name == null ? "" : offices.organisation(name, country, LocaleContextHolder.getLocale());
    }
}
