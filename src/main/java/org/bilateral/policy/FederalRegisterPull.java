package org.bilateral.policy;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.Said;
import org.bilateral.sources.Fetcher;
import org.bilateral.sources.PullProgress;
import org.bilateral.sources.PullReport;
import org.bilateral.sources.Source;
import org.bilateral.sources.SourcesProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Federal Register pull ({@code documents.json}, no key): for each configured partner, the notices of Commerce's
 * International Trade Administration and of Customs and Border Protection that name it (orders, reviews, evasion cases),
 * and the presidential documents on tariffs, published since a day, every page to the last (at most
 * {@code bilateral.sources.federal-register.most-pages} per search). Each document is offered to {@link RemedyDocuments}
 * in its own transaction, keyed by its number, so that pulling twice stores nothing new.
 */
@Component
public class FederalRegisterPull implements Source {

    public static final String ID = "federal-register";

    /** Where a first pull begins: the year the tariff history begins. */
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

    /** A later pull goes back this far before the latest document held, for documents the register indexes late. */
    static final int OVERLAP_DAYS = 7;

    static final int PER_PAGE = 100;

    private static final List<String> FIELDS = List.of("document_number", "title", "type", "abstract", "publication_date", "html_url",
            "agencies", "presidential_document_type", "executive_order_number", "proclamation_number");

    private final Fetcher fetcher;
    private final RemedyDocuments documents;
    private final SourcesProperties sources;
    private final JsonMapper json;
    private final String base;
    private final int mostPages;

    FederalRegisterPull(Fetcher fetcher, RemedyDocuments documents, SourcesProperties sources, JsonMapper json,
                        @Value("${bilateral.sources.federal-register.base:https://www.federalregister.gov/api/v1}") String base,
                        @Value("${bilateral.sources.federal-register.most-pages:20}") int mostPages) {
        this.fetcher = fetcher;
        this.documents = documents;
        this.sources = sources;
        this.json = json;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        if (mostPages < 1 || mostPages > 1000) {
            throw new IllegalArgumentException("bilateral.sources.federal-register.most-pages is 1 to 1000, not " + mostPages);
        }
        this.mostPages = mostPages;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Said name() {
        return Said.of("source.federalRegister");
    }

    @Override
    public PullReport pull(PullProgress progress) {
        return pull(null, progress);
    }

    /** One page of an answer: its documents and the address of the next page, when there is one. */
    record Page(List<FederalRegisterDocument> documents, @Nullable URI next, int totalPages) {
    }

    /**
     * Pulls the documents published on or after {@code from}; without it, from a week before the latest held (or from
     * 2025-01-01 on a first pull).
     */
    public PullReport pull(@Nullable LocalDate from, PullProgress progress) {
        int asked = 0;
        int stored = 0;
        int unchanged = 0;
        int notProposed = 0;
        List<Said> lines = new ArrayList<>();
        for (CountryCode partner : sources.partners()) {
            RemedyReading.Partner p = RemedyReading.PARTNERS.get(partner);
            if (p == null) {
                lines.add(Said.of("pull.federalRegister.partnerNotCovered", partner.value()));
                continue;
            }
            LocalDate start = from != null ? from
                    : documents.latestPublished(partner).map(d -> d.minusDays(OVERLAP_DAYS)).orElse(FIRST_DAY);
            for (URI first : List.of(remedies(p, start), presidential(start))) {
                URI next = first;
                int pages = 0;
                while (next != null) {
                    if (pages == mostPages) {
                        lines.add(Said.of("pull.federalRegister.stoppedAfter", mostPages));
                        break;
                    }
                    Page page = fetcher.get(Fetcher.Request.to(next).with("Accept", "application/json"), this::read);
                    asked++;
                    pages++;
                    for (FederalRegisterDocument d : page.documents()) {
                        switch (documents.offer(partner, d)) {
                            case PROPOSED -> stored++;
                            case HELD -> unchanged++;
                            case NOT_PROPOSED -> notProposed++;
                        }
                    }
                    progress.advance(pages, Math.max(pages, Math.min(mostPages, page.totalPages())));
                    next = page.next();
                }
            }
            lines.add(Said.of("pull.federalRegister.partner", partner.value(), start.toString(), stored, unchanged, notProposed));
        }
        return new PullReport(asked, stored, unchanged, lines);
    }

    /** The notices of Commerce's ITA and of CBP that name the partner: orders, reviews, evasion (EAPA) cases. */
    URI remedies(RemedyReading.Partner p, LocalDate from) {
        List<String[]> q = new ArrayList<>();
        q.add(new String[] {"conditions[term]", p.searchTerm()});
        q.add(new String[] {"conditions[agencies][]", "international-trade-administration"});
        q.add(new String[] {"conditions[agencies][]", "u-s-customs-and-border-protection"});
        q.add(new String[] {"conditions[type][]", "NOTICE"});
        q.add(new String[] {"conditions[type][]", "RULE"});
        return address(q, from);
    }

    /** The presidential documents on tariffs: executive orders, proclamations, memoranda. */
    URI presidential(LocalDate from) {
        List<String[]> q = new ArrayList<>();
        q.add(new String[] {"conditions[term]", "tariff"});
        q.add(new String[] {"conditions[type][]", "PRESDOCU"});
        return address(q, from);
    }

    private URI address(List<String[]> conditions, LocalDate from) {
        List<String[]> q = new ArrayList<>(conditions);
        q.add(new String[] {"conditions[publication_date][gte]", from.toString()});
        FIELDS.forEach(f -> q.add(new String[] {"fields[]", f}));
        q.add(new String[] {"order", "oldest"});
        q.add(new String[] {"per_page", String.valueOf(PER_PAGE)});
        StringBuilder s = new StringBuilder(base).append("/documents.json");
        char join = '?';
        for (String[] pair : q) {
            s.append(join).append(URLEncoder.encode(pair[0], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pair[1], StandardCharsets.UTF_8));
            join = '&';
        }
        return URI.create(s.toString());
    }

    /** Reads one page; an answer that is not the register's JSON (cut short, an error page) is malformed, and tried again. */
    Page read(Fetcher.Answer answer) {
        JsonNode root;
        try {
            root = json.readTree(answer.body());
        } catch (JacksonException e) {
            throw new Fetcher.Malformed(Said.of("refusal.policy.federalRegisterNotJson", String.valueOf(e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new Fetcher.Malformed(Said.of("refusal.policy.federalRegisterNotJson", "not an object"));
        }
        JsonNode results = root.path("results");
        if (results.isMissingNode() && root.path("count").asInt(-1) == 0) {
            // the register leaves "results" out of an answer that found nothing
            return new Page(List.of(), null, 0);
        }
        if (!results.isArray()) {
            throw new Fetcher.Malformed(Said.of("refusal.policy.federalRegisterNoResults"));
        }
        List<FederalRegisterDocument> read = new ArrayList<>();
        int index = 0;
        for (JsonNode r : results) {
            read.add(document(r, index++));
        }
        URI next = null;
        String nextText = root.path("next_page_url").asString("");
        if (!nextText.isBlank()) {
            if (!nextText.startsWith(base + "/")) {
                // an address the register gives is followed only within the configured base: a pull reaches no other host
                throw new Fetcher.Malformed(Said.of("refusal.policy.federalRegisterElsewhere", nextText));
            }
            next = URI.create(nextText);
        }
        return new Page(List.copyOf(read), next, root.path("total_pages").asInt(1));
    }

    private static FederalRegisterDocument document(JsonNode r, int index) {
        String number = required(r, "document_number", index);
        String title = required(r, "title", index);
        String published = required(r, "publication_date", index);
        LocalDate date;
        try {
            date = LocalDate.parse(published);
        } catch (DateTimeParseException e) {
            throw new Fetcher.Malformed(Said.of("refusal.policy.federalRegisterField", String.valueOf(index + 1), "publication_date", published));
        }
        List<String> agencies = new ArrayList<>();
        for (JsonNode a : r.path("agencies")) {
            String name = a.path("name").asString(a.path("raw_name").asString(""));
            if (!name.isBlank()) {
                agencies.add(name);
            }
        }
        String instrument = text(r, "executive_order_number");
        if (instrument == null) {
            instrument = text(r, "proclamation_number");
        }
        String presidentialType = text(r, "presidential_document_type");
        if (presidentialType != null && presidentialType.contains("_")) {
            // the register writes the type as a slug in some answers ("executive_order") and as words in others
            presidentialType = java.util.Arrays.stream(presidentialType.split("_"))
                    .map(w -> w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1)).reduce((a, b) -> a + " " + b).orElse("");
        }
        return new FederalRegisterDocument(number, title, text(r, "abstract"), required(r, "type", index), presidentialType, instrument,
                date, required(r, "html_url", index), agencies);
    }

    private static String required(JsonNode r, String field, int index) {
        String value = text(r, field);
        if (value == null) {
            throw new Fetcher.Malformed(Said.of("refusal.policy.federalRegisterField", String.valueOf(index + 1), field, ""));
        }
        return value;
    }

    private static @Nullable String text(JsonNode r, String field) {
        JsonNode n = r.path(field);
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        String value = n.isNumber() ? n.asString() : n.asString("");
        return value.isBlank() ? null : value.strip();
    }
}
