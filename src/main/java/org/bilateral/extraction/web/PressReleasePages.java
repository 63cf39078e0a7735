package org.bilateral.extraction.web;

import java.security.Principal;
import java.util.Map;
import org.bilateral.extraction.PressRelease;
import org.bilateral.extraction.PressReleases;
import org.bilateral.shared.InvalidInput;
import org.bilateral.workbench.Uploads;
import org.bilateral.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Paste or upload a press release, then review what was read from it, sentence by sentence. */
@Controller
class PressReleasePages {

    private final PressReleases pressReleases;
    private final Uploads uploads;

    PressReleasePages(PressReleases pressReleases, Uploads uploads) {
        this.uploads = uploads;
        this.pressReleases = pressReleases;
    }

    @GetMapping("/press-releases")
    String list(Model model) {
        model.addAttribute("documents", pressReleases.documents());
        return "extraction/press-releases";
    }

    @PostMapping("/press-releases")
    String ingest(@RequestParam(name = "text", required = false) String text, @RequestParam(name = "name", required = false) String name,
                  @RequestParam(name = "file", required = false) MultipartFile file, Principal user) {
        PressRelease release;
        if (file != null && !file.isEmpty()) {
            try (Uploads.Upload upload = uploads.receive(file, PressRelease.LARGEST_FILE)) {
                release = PressRelease.of(upload.file(), upload.name());
            }
        } else if (text != null && !text.isBlank()) {
            release = new PressRelease(name == null || name.isBlank() ? "pasted text" : name.strip(), text);
        } else {
            throw new InvalidInput("the form", "paste the text of a press release or choose a file");
        }
        PressReleases.Ingested in = pressReleases.ingest(release, user.getName());
        return "redirect:/press-releases/" + in.id();
    }

    @GetMapping("/press-releases/{id}")
    String review(@PathVariable long id, Model model) {
        PressReleases.Document doc = pressReleases.document(id)
                .orElseThrow(() -> new NotFound(NotFound.Thing.PRESS_RELEASE, id));
        var proposals = pressReleases.proposals(id);
        model.addAttribute("doc", doc);
        model.addAttribute("proposals", proposals);
        model.addAttribute("pieces", Highlights.of(doc.text(), proposals));
        return "extraction/review";
    }

    @PostMapping("/press-releases/{id}/accept-all")
    String acceptAll(@PathVariable long id, Principal user) {
        pressReleases.acceptAll(id, user.getName());
        return "redirect:/press-releases/" + id;
    }

    /**
     * Accepts with the fields as the reviewer left them, and answers the review as it now stands for htmx to swap in
     * whole: accepting an event accepts its participants too, so their cards and the counts change with it.
     */
    @PostMapping("/proposals/{id}/accept")
    String accept(@PathVariable long id, @RequestParam Map<String, String> form, Principal user, Model model) {
        PressReleases.Proposal p = pressReleases.proposal(id)
                .orElseThrow(() -> new NotFound(NotFound.Thing.PROPOSAL, id));
        pressReleases.accept(id, ProposalForm.corrections(p.fields(), form), user.getName());
        return review(p.pressReleaseId(), model);
    }

    @PostMapping("/proposals/{id}/reject")
    String reject(@PathVariable long id, Principal user, Model model) {
        return review(pressReleases.reject(id, user.getName()).pressReleaseId(), model);
    }
}
