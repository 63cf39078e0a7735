package org.bilateral.engagements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bilateral.shared.Findable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * The register's part of the search: people by any name they were written with and their titles, organisations by
 * name, acronym or another spelling, engagements by place, participants and topics. A title or an institution the
 * lexicon knows ({@link Offices}) is found by its name in either language, and named in the page's.
 */
@Component
class RegisterSearch implements Findable {

    /** The engagements looked through: the newest, as a negotiator looks for a recent meeting first. */
    private static final int ENGAGEMENTS_SCANNED = 5_000;

    private final Directory directory;
    private final Engagements engagements;
    private final Offices offices;

    RegisterSearch(Directory directory, Engagements engagements, Offices offices) {
        this.directory = directory;
        this.engagements = engagements;
        this.offices = offices;
    }

    @Override
    public List<Found> find(Query query, int limit) {
        Locale page = LocaleContextHolder.getLocale();
        List<Found> found = new ArrayList<>();
        directory.people().stream()
                .filter(p -> query.matches(Stream.of(Stream.of(p.name(), p.organisation()), p.names().stream(),
                        p.titles().stream().flatMap(t -> titleForms(t.title(), p.country())))
                        .flatMap(s -> s).toArray(String[]::new)))
                .limit(limit)
                .forEach(p -> found.add(new Found(Kind.PERSON, p.name(), joined(p.title() == null ? null : offices.title(p.title(), p.country(), page),
                        p.organisation() == null ? null : offices.organisation(p.organisation(), null, page), p.country()), "/people/" + p.id())));
        directory.organisations().stream()
                .filter(o -> query.matches(Stream.of(Stream.of(o.name(), o.acronym()), o.names().stream(), organisationForms(o.name(), o.country()))
                        .flatMap(s -> s).toArray(String[]::new)))
                .limit(limit)
                .forEach(o -> {
                    String name = offices.organisation(o.name(), o.country(), page);
                    found.add(new Found(Kind.ORGANISATION, o.acronym() == null ? name : name + " (" + o.acronym() + ")", joined(o.country()),
                            "/organisations/" + o.id()));
                });
        engagements.timeline(null, null).stream().limit(ENGAGEMENTS_SCANNED)
                .filter(e -> query.matches(Stream.concat(Stream.of(e.place(), e.happened()),
                        Stream.concat(e.participants().stream().map(Engagements.Participant::name), e.topics().stream())).toArray(String[]::new)))
                .limit(limit)
                .forEach(e -> found.add(new Found(Kind.ENGAGEMENT, joined(e.happened(), e.place()),
                        e.participants().stream().map(Engagements.Participant::name).limit(4).collect(Collectors.joining(", ")),
                        "/engagements/" + e.id())));
        return found;
    }

    /** A title and, when the lexicon knows its office, the office in both languages. */
    private Stream<String> titleForms(String title, @Nullable String country) {
        return Stream.concat(Stream.of(title), offices.office(title, country).stream().flatMap(o -> Stream.of(o.vi(), o.en())));
    }

    /** An organisation's name and, when the lexicon knows the institution, every name it has there. */
    private Stream<@Nullable String> organisationForms(@Nullable String name, @Nullable String country) {
        return Stream.concat(Stream.of(name), offices.institution(name, country).stream().flatMap(i -> i.forms().stream()));
    }

    private static String joined(@Nullable String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(" · "));
    }
}
