package org.bilateral.tradestats.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.tradestats.ImportFile;
import org.bilateral.tradestats.ImportReport;
import org.bilateral.tradestats.StatisticsImports;
import org.bilateral.tradestats.TradeBalances;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@Controller
class ImportsPage {

    private final StatisticsImports imports;
    private final TradeBalances balances;

    ImportsPage(StatisticsImports imports, TradeBalances balances) {
        this.imports = imports;
        this.balances = balances;
    }

    @GetMapping("/imports")
    String list(Model model) {
        model.addAttribute("imports", balances.imports());
        return "tradestats/imports";
    }

    @PostMapping("/imports")
    String upload(@RequestParam("files") List<MultipartFile> files, Principal user, Model model) {
        List<ImportReport> reports = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (MultipartFile file : files) {
            if (file.isEmpty()) {
                continue;
            }
            reports.addAll(Uploads.importEach(file, user.getName(), imports, problems));
        }
        model.addAttribute("reports", reports);
        model.addAttribute("problems", problems);
        return list(model);
    }

    /** Runs each uploaded file through the same use case as the command line; a refused file leaves nothing behind. */
    static final class Uploads {
        private Uploads() {
        }

        static List<ImportReport> importEach(MultipartFile file, String user, StatisticsImports imports,
                                             List<InputProblem> problems) {
            String name = file.getOriginalFilename() == null ? "upload" : Path.of(file.getOriginalFilename()).getFileName().toString();
            Path temp = null;
            try {
                temp = Files.createTempFile("bilateral-upload-", ".tmp");
                file.transferTo(temp);
                return List.of(imports.importFile(new ImportFile(temp, name, user)));
            } catch (InvalidInput e) {
                problems.addAll(e.problems());
            } catch (IllegalArgumentException | IllegalStateException e) {
                problems.add(new InputProblem(name, null, null, e.getMessage()));
            } catch (IOException e) {
                problems.add(new InputProblem(name, null, null, "the upload could not be read: " + e.getMessage()));
            } finally {
                if (temp != null) {
                    try {
                        Files.deleteIfExists(temp);
                    } catch (IOException ignored) {
                        // a temporary file left behind is harmless
                    }
                }
            }
            return List.of();
        }
    }
}
