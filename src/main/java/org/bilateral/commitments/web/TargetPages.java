package org.bilateral.commitments.web;

import java.io.IOException;
import org.bilateral.commitments.targets.Attainment;
import org.bilateral.commitments.targets.AttainmentTables;
import org.bilateral.commitments.targets.Projection;
import org.bilateral.commitments.targets.Projections;
import org.bilateral.commitments.targets.PurchaseTarget;
import org.bilateral.commitments.targets.PurchaseTargets;
import org.bilateral.commitments.targets.StatisticsSide;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.doors.Downloads;
import org.bilateral.doors.Notices;
import org.bilateral.doors.Uploads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Targets, attainment and projection pages, with their downloads. */
@Controller
class TargetPages {

    private final PurchaseTargets targets;

    private final Notices notices;
    private final Projections projections;
    private final TargetCharts charts;
    private final Uploads uploads;

    TargetPages(PurchaseTargets targets, Projections projections, TargetCharts charts, Uploads uploads, Notices notices) {

        this.notices = notices;
        this.uploads = uploads;
        this.targets = targets;
        this.projections = projections;
        this.charts = charts;
    }

    @GetMapping("/targets")
    String targets(Model model) {
        model.addAttribute("targets", targets.targets());
        return "commitments/targets";
    }

    @PostMapping("/targets")
    String define(@ModelAttribute TargetForm form, Authentication user, RedirectAttributes flash) {
        PurchaseTarget t = form.target();
        targets.define(t, user.getName());
        flash.addFlashAttribute("notice", notices.say("notice.targetSaved", t.code()));
        return "redirect:/targets/" + t.code();
    }

    @PostMapping("/targets/load")
    String load(@RequestParam("file") MultipartFile file, Authentication user, RedirectAttributes flash) throws IOException {
        try (Uploads.Upload upload = uploads.receive(file, PurchaseTargets.LARGEST_FILE)) {
            PurchaseTargets.Loaded loaded = targets.loadFile(upload.file(), upload.name(), user.getName());
            // the page's language; the command's line stays loaded.describe()
            flash.addFlashAttribute("notice", notices.say("notice.targetsLoaded", loaded.fileName(), loaded.added().size(),
                    loaded.changed().size(), loaded.unchanged().size()));
        }
        return "redirect:/targets";
    }

    @PostMapping("/targets/{code}/delete")
    String delete(@PathVariable String code, RedirectAttributes flash) {
        targets.delete(code);
        flash.addFlashAttribute("notice", notices.say("notice.targetDeleted", code));
        return "redirect:/targets";
    }

    @GetMapping("/targets/{code}")
    String attainment(@PathVariable String code, Model model) {
        Attainment a = targets.attainment(code);
        model.addAttribute("a", a);
        model.addAttribute("charts", charts.attainment(a));
        return "commitments/attainment";
    }

    @GetMapping("/targets/{code}/attainment.xlsx")
    ResponseEntity<byte[]> attainmentXlsx(@PathVariable String code) {
        return Downloads.of(AttainmentTables.years(targets.attainment(code)), "attainment-" + code, "xlsx");
    }

    @GetMapping("/projection")
    String projection(@RequestParam(defaultValue = "${bilateral.pair.own}") String buyer, @RequestParam(defaultValue = "${bilateral.pair.partner}") String seller,
                      @RequestParam(defaultValue = "partner_exports") String statistics, Model model) {
        Projection p = projections.project(country("buyer", buyer), country("seller", seller), side(statistics));
        model.addAttribute("p", p);
        model.addAttribute("chart", charts.projection(p));
        return "commitments/projection";
    }

    @GetMapping("/projection.xlsx")
    ResponseEntity<byte[]> projectionXlsx(@RequestParam(defaultValue = "${bilateral.pair.own}") String buyer, @RequestParam(defaultValue = "${bilateral.pair.partner}") String seller,
                                          @RequestParam(defaultValue = "partner_exports") String statistics) {
        return Downloads.of(AttainmentTables.projection(projections.project(country("buyer", buyer), country("seller", seller), side(statistics))), "projection", "xlsx");
    }

    /** A country a request names, refused by its field when it is none. */
    static CountryCode country(String field, String code) {
        return InvalidInput.field(field, () -> CountryCode.of(code));
    }

    static StatisticsSide side(String text) {
        return InvalidInput.field("statistics", () -> StatisticsSide.parse(text));
    }
}
