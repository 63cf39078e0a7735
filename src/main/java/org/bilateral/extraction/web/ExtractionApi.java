package org.bilateral.extraction.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.security.Principal;
import java.util.List;
import org.bilateral.extraction.Corrections;
import org.bilateral.extraction.ExtractionContract;
import org.bilateral.extraction.PressRelease;
import org.bilateral.extraction.PressReleases;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Extraction over HTTP: read a text, ingest it, review its proposals. The same use cases as the pages and the CLI. */
@RestController
@RequestMapping("/api")
class ExtractionApi {

    record Text(String name, String text) {
    }

    private final PressReleases pressReleases;

    ExtractionApi(PressReleases pressReleases) {
        this.pressReleases = pressReleases;
    }

    /** The corpus contract for one text; stores nothing. */
    @PostMapping("/extract")
    ExtractionContract extract(@RequestBody Text body) {
        return ExtractionContract.of(pressReleases.extract(release(body)));
    }

    @GetMapping("/press-releases")
    List<PressReleases.Document> documents() {
        return pressReleases.documents();
    }

    @PostMapping("/press-releases")
    @ResponseStatus(HttpStatus.CREATED)
    PressReleases.Ingested ingest(@RequestBody Text body, Principal user) {
        return pressReleases.ingest(release(body), user.getName());
    }

    @GetMapping("/press-releases/{id}")
    Review document(@PathVariable long id) {
        return new Review(pressReleases.document(id), pressReleases.proposals(id));
    }

    /** A press release with its proposals in the order they were read. */
    @JsonPropertyOrder({"document", "proposals"})
    record Review(PressReleases.Document document, List<PressReleases.Proposal> proposals) {
    }

    @PostMapping("/proposals/{id}/accept")
    PressReleases.Proposal accept(@PathVariable long id, @RequestBody(required = false) @Nullable JsonNode corrections, Principal user) {
        return pressReleases.accept(id, Corrections.of(corrections, "proposal " + id), user.getName());
    }

    @PostMapping("/proposals/{id}/reject")
    PressReleases.Proposal reject(@PathVariable long id, Principal user) {
        return pressReleases.reject(id, user.getName());
    }

    private static PressRelease release(Text body) {
        if (body == null || body.text() == null || body.text().isBlank()) {
            throw new InvalidInput(Said.of("refusal.extraction.bodyNeedsText"));
        }
        return new PressRelease(body.name() == null || body.name().isBlank() ? "request" : body.name(), body.text());
    }
}
