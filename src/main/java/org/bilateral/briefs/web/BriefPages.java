package org.bilateral.briefs.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.briefs.BriefFiles;
import org.bilateral.briefs.BriefForm;
import org.bilateral.briefs.BriefFormat;
import org.bilateral.briefs.BriefLanguage;
import org.bilateral.briefs.BriefSection;
import org.bilateral.briefs.Briefs;
import org.bilateral.briefs.render.BriefDocuments;
import org.bilateral.doors.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The Brief page: compose a brief, see those made, reopen one as it was, download it in every format. */
@Controller
class BriefPages {

    private final Briefs briefs;
    private final BriefFiles files;
    private final BriefDocuments documents;
    private final org.bilateral.offers.Offers offers;

    BriefPages(Briefs briefs, BriefFiles files, BriefDocuments documents, org.bilateral.offers.Offers offers) {
        this.briefs = briefs;
        this.files = files;
        this.documents = documents;
        this.offers = offers;
    }

    @GetMapping("/briefs")
    String index(Model model, jakarta.servlet.http.HttpServletRequest request) {
        model.addAttribute("history", briefs.history(null, null));
        model.addAttribute("sections", BriefSection.values());
        // the offers a brief may price, ticked by the analyst: none ticked prices every saved one
        model.addAttribute("offers", offers.all());
        model.addAttribute("languages", BriefLanguage.values());
        model.addAttribute("language", BriefLanguage.of(RequestContextUtils.getLocale(request)));
        model.addAttribute("w", documents.words(RequestContextUtils.getLocale(request)));
        model.addAttribute("today", LocalDate.now());
        return "briefs/index";
    }

    @PostMapping("/briefs")
    String make(BriefForm form, Principal user) {
        return "redirect:/briefs/" + briefs.make(form.request(), user.getName()).id();
    }

    @GetMapping("/briefs/{id:[0-9]+}")
    String brief(@PathVariable long id, Model model) {
        Briefs.Kept kept = briefs.kept(id);
        documents.view(kept.brief()).into(model::addAttribute);
        model.addAttribute("kept", kept);
        model.addAttribute("formats", List.of(BriefFormat.PDF, BriefFormat.DOCX, BriefFormat.XLSX, BriefFormat.HTML));
        return "briefs/brief";
    }

    @GetMapping("/briefs/{id:[0-9]+}.{type:pdf|docx|xlsx|html}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String type) {
        BriefFiles.File file = files.write(briefs.kept(id), BriefFormat.parse(type));
        return Downloads.file(file.name(), file.format().mediaType(), file.bytes());
    }
}
