package org.bilateral.tradestats.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.tradestats.StatisticsSources;
import org.bilateral.doors.Sayings;
import org.bilateral.doors.Uploads;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@Controller
class ImportsPage {

    private final StatisticsImports imports;
    private final StatisticsSources statisticsSources;
    private final Uploads uploads;
    private final Sayings sayings;

    ImportsPage(StatisticsImports imports, StatisticsSources statisticsSources, Uploads uploads,
                org.springframework.context.MessageSource messages) {
        this.imports = imports;
        this.statisticsSources = statisticsSources;
        this.uploads = uploads;
        this.sayings = new Sayings(messages);
    }

    @GetMapping("/imports")
    String list(Model model) {
        model.addAttribute("imports", statisticsSources.imports());
        return "tradestats/imports";
    }

    @PostMapping("/imports")
    String upload(@RequestParam("files") List<MultipartFile> files, Principal user, Model model, Locale locale) {
        StatisticsUploads.Result result = StatisticsUploads.importAll(files, user.getName(), uploads, imports);
        model.addAttribute("reports", result.imported());
        // each problem in the page's language, the file, its line and field as the file has them
        model.addAttribute("problems", sayings.problems(result.problems(), locale));
        return list(model);
    }
}
