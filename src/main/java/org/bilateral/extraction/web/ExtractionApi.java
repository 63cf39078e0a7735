package org.bilateral.extraction.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.extraction.ExtractionContract;
import org.bilateral.extraction.PressRelease;
import org.bilateral.extraction.PressReleases;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

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
    Map<String, Object> extract(@RequestBody Text body) {
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
    Map<String, Object> document(@PathVariable long id) {
        PressReleases.Document doc = pressReleases.document(id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("document", doc);
        out.put("proposals", pressReleases.proposals(id));
        return out;
    }

    @PostMapping("/proposals/{id}/accept")
    PressReleases.Proposal accept(@PathVariable long id, @RequestBody(required = false) Map<String, Object> corrections, Principal user) {
        return pressReleases.accept(id, corrections, user.getName());
    }

    @PostMapping("/proposals/{id}/reject")
    PressReleases.Proposal reject(@PathVariable long id, Principal user) {
        return pressReleases.reject(id, user.getName());
    }

    private static PressRelease release(Text body) {
        if (body == null || body.text() == null || body.text().isBlank()) {
            throw new InvalidInput(new InputProblem("the request", null, "text", "the body needs \"text\": the press release, and may give \"name\""));
        }
        return new PressRelease(body.name() == null || body.name().isBlank() ? "request" : body.name(), body.text());
    }
}
