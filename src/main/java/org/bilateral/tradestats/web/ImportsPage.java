package org.bilateral.tradestats.web;

import java.security.Principal;
import java.util.List;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.tradestats.StatisticsSources;
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

    ImportsPage(StatisticsImports imports, StatisticsSources statisticsSources, Uploads uploads) {
        this.imports = imports;
        this.statisticsSources = statisticsSources;
        this.uploads = uploads;
    }

    @GetMapping("/imports")
    String list(Model model) {
        model.addAttribute("imports", statisticsSources.imports());
        return "tradestats/imports";
    }

    @PostMapping("/imports")
    String upload(@RequestParam("files") List<MultipartFile> files, Principal user, Model model) {
        StatisticsUploads.Result result = StatisticsUploads.importAll(files, user.getName(), uploads, imports);
        model.addAttribute("reports", result.imported());
        model.addAttribute("problems", result.problems());
        return list(model);
    }
}
