package org.bilateral.engagements;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bilateral.shared.Findable;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * The register's part of the search: people by any name they were written with and their titles, organisations by
 * name, acronym or another spelling, engagements by place, participants and topics.
 */
@Component
class RegisterSearch implements Findable {

    /** The engagements looked through: the newest, as a negotiator looks for a recent meeting first. */
    private static final int ENGAGEMENTS_SCANNED = 5_000;

    private final Directory directory;
    private final Engagements engagements;

    RegisterSearch(Directory directory, Engagements engagements) {
        this.directory = directory;
        this.engagements = engagements;
    }

    @Override
    public List<Found> find(Query query, int limit) {
        List<Found> found = new ArrayList<>();
        directory.people().stream()
                .filter(p -> query.matches(Stream.concat(Stream.of(p.name(), p.organisation()),
                        Stream.concat(p.names().stream(), p.titles().stream().map(Directory.Title::title))).toArray(String[]::new)))
                .limit(limit)
                .forEach(p -> found.add(new Found(Kind.PERSON, p.name(), joined(p.title(), p.organisation(), p.country()), "/people/" + p.id())));
        directory.organisations().stream()
                .filter(o -> query.matches(Stream.concat(Stream.of(o.name(), o.acronym()), o.names().stream()).toArray(String[]::new)))
                .limit(limit)
                .forEach(o -> found.add(new Found(Kind.ORGANISATION, o.acronym() == null ? o.name() : o.name() + " (" + o.acronym() + ")",
                        joined(o.country()), "/organisations/" + o.id())));
        engagements.timeline(null, null).stream().limit(ENGAGEMENTS_SCANNED)
                .filter(e -> query.matches(Stream.concat(Stream.of(e.place(), e.happened()),
                        Stream.concat(e.participants().stream().map(Engagements.Participant::name), e.topics().stream())).toArray(String[]::new)))
                .limit(limit)
                .forEach(e -> found.add(new Found(Kind.ENGAGEMENT, joined(e.happened(), e.place()),
                        e.participants().stream().map(Engagements.Participant::name).limit(4).collect(Collectors.joining(", ")),
                        "/engagements/" + e.id())));
        return found;
    }

    private static String joined(@Nullable String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(" · "));
    }
}
