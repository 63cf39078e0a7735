package org.bilateral.briefs.web;

import java.security.Principal;
import java.util.List;
import org.bilateral.briefs.BriefForm;
import org.bilateral.briefs.Briefs;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Briefs as JSON: make one ({@code {"a":"VN","b":"US","forDate":"2026-03-15","lang":"en"}}), list those made, reopen one
 * exactly as it was. Its files are at /briefs/{id}.pdf, .docx, .xlsx and .html.
 */
@RestController
@RequestMapping("/api/briefs")
class BriefApi {

    private final Briefs briefs;

    BriefApi(Briefs briefs) {
        this.briefs = briefs;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Briefs.Kept make(@RequestBody BriefForm form, Principal user) {
        return briefs.make(form.request(), user.getName());
    }

    @GetMapping
    List<Briefs.Made> history(@RequestParam(required = false) String a, @RequestParam(required = false) String b) {
        CountryCode first = InvalidInput.country(a, "a");
        CountryCode second = InvalidInput.country(b, "b");
        if ((first == null) != (second == null)) {
            throw new InvalidInput("a, b", Said.of("refusal.briefs.bothOrNeither"));
        }
        return briefs.history(first, second);
    }

    @GetMapping("/{id:[0-9]+}")
    Briefs.Kept kept(@PathVariable long id) {
        return briefs.kept(id);
    }
}
