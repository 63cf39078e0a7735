package org.bilateral.commitments.targets;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.workbench.Downloads;
import org.bilateral.workbench.Uploads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Targets, attainment and projection pages, with their downloads. */
@Controller
class TargetPages {

    private final PurchaseTargets targets;
    private final Projections projections;
    private final JsonMapper json;
    private final Uploads uploads;

    private final org.springframework.context.MessageSource messages;

    TargetPages(PurchaseTargets targets, Projections projections, JsonMapper json, Uploads uploads,
                org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.uploads = uploads;
        this.targets = targets;
        this.projections = projections;
        this.json = json;
    }

    @GetMapping("/targets")
    String targets(Model model) {
        model.addAttribute("targets", targets.targets());
        return "commitments/targets";
    }

    /** The form's fields: products one group per line ("Grains: 1001, 1005" or "Aircraft: sector aircraft"), amounts "2026: 2000000000". */
    @PostMapping("/targets")
    String define(@RequestParam String code, @RequestParam String name, @RequestParam String buyer, @RequestParam String seller,
                  @RequestParam int baseline, @RequestParam String basis, @RequestParam String counts, @RequestParam String products,
                  @RequestParam String amounts, @RequestParam(required = false) String note, Authentication user, RedirectAttributes flash) {
        PurchaseTarget t;
        try {
            t = new PurchaseTarget(code.strip(), name, CountryCode.of(buyer), CountryCode.of(seller), baseline, PurchaseTarget.Basis.parse(basis),
                    PurchaseTarget.Counts.parse(counts), products(products), amounts(amounts), note);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("target form", e.getMessage());
        }
        targets.define(t, user.getName());
        flash.addFlashAttribute("notice", "Target " + t.code() + " saved.");
        return "redirect:/targets/" + t.code();
    }

    @PostMapping("/targets/load")
    String load(@RequestParam("file") MultipartFile file, Authentication user, RedirectAttributes flash) throws IOException {
        try (Uploads.Upload upload = uploads.receive(file, PurchaseTargets.LARGEST_FILE)) {
            flash.addFlashAttribute("notice", targets.loadFile(upload.file(), upload.name(), user.getName()).describe());
        }
        return "redirect:/targets";
    }

    @PostMapping("/targets/{code}/delete")
    String delete(@PathVariable String code, RedirectAttributes flash) {
        targets.delete(code);
        flash.addFlashAttribute("notice", "Target " + code + " deleted.");
        return "redirect:/targets";
    }

    @GetMapping("/targets/{code}")
    String attainment(@PathVariable String code, Model model) {
        Attainment a = targets.attainment(code);
        model.addAttribute("a", a);
        model.addAttribute("charts", charts(a));
        return "commitments/attainment";
    }

    @GetMapping("/targets/{code}/attainment.xlsx")
    ResponseEntity<byte[]> attainmentXlsx(@PathVariable String code) {
        return Downloads.of(AttainmentTables.years(targets.attainment(code)), "attainment-" + code, "xlsx");
    }

    @GetMapping("/projection")
    String projection(@RequestParam(defaultValue = "VN") String buyer, @RequestParam(defaultValue = "US") String seller,
                      @RequestParam(defaultValue = "partner_exports") String statistics, Model model) {
        Projection p = projections.project(CountryCode.of(buyer), CountryCode.of(seller), side(statistics));
        model.addAttribute("p", p);
        Map<String, Object> chart = new LinkedHashMap<>();
        List<String> years = p.years().stream().map(y -> String.valueOf(y.year())).toList();
        chart.put("tooltip", Map.of("trigger", "axis"));
        chart.put("legend", Map.of("top", 0));
        chart.put("grid", Map.of("left", 60, "right", 70, "top", 60, "bottom", 30));
        chart.put("xAxis", Map.of("type", "category", "data", years));
        // deliveries of a billion or so vanish beside a gap of a hundred: each is read on an axis of its own
        chart.put("yAxis", List.of(Map.of("type", "value", "name", word("projection.axisGap"), "scale", true),
                Map.of("type", "value", "name", word("projection.axisDeliveries"), "splitLine", Map.of("show", false))));
        chart.put("series", List.of(
                Map.of("name", word("deal.deliveries"), "type", "bar", "yAxisIndex", 1,
                        "data", p.years().stream().map(y -> bn(y.expectedUsd())).toList()),
                Map.of("name", word("projection.gapWithout"), "type", "line", "data", p.years().stream().map(y -> bn(y.gapWithoutDealsUsd())).toList()),
                Map.of("name", word("projection.gapWith"), "type", "line", "data", p.years().stream().map(y -> bn(y.gapWithDealsUsd())).toList())));
        model.addAttribute("chart", json.writeValueAsString(chart));
        return "commitments/projection";
    }

    @GetMapping("/projection.xlsx")
    ResponseEntity<byte[]> projectionXlsx(@RequestParam(defaultValue = "VN") String buyer, @RequestParam(defaultValue = "US") String seller,
                                          @RequestParam(defaultValue = "partner_exports") String statistics) {
        return Downloads.of(AttainmentTables.projection(projections.project(CountryCode.of(buyer), CountryCode.of(seller), side(statistics))), "projection", "xlsx");
    }

    static StatisticsSide side(String text) {
        try {
            return StatisticsSide.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown statistics '" + text + "': use partner-exports or our-imports");
        }
    }

    /** One chart of years (target against actual, per side) and one of months (illustrative target against actual). */
    private List<String> charts(Attainment a) {
        List<String> charts = new ArrayList<>();
        List<String> years = a.target().amounts().keySet().stream().map(String::valueOf).toList();
        List<Map<String, Object>> series = new ArrayList<>();
        // Above a baseline, each side's target is its own baseline plus the amount: one target bar per side then.
        boolean oneTarget = a.sides().stream().map(s -> s.years().stream().map(Attainment.Year::targetUsd).toList()).distinct().count() <= 1;
        for (Attainment.Side s : oneTarget ? a.sides().stream().limit(1).toList() : a.sides()) {
            series.add(Map.of("name", oneTarget ? "Target" : "Target: " + s.label(), "type", "bar",
                    "data", s.years().stream().map(y -> bn(y.targetUsd())).toList()));
        }
        for (Attainment.Side s : a.sides()) {
            series.add(Map.of("name", s.label(), "type", "bar", "data", s.years().stream().map(y -> bn(y.actualUsd())).toList()));
        }
        charts.add(option(years, series, "USD bn"));
        for (Attainment.Side s : a.sides()) {
            if (s.months().isEmpty()) {
                continue;
            }
            List<String> months = s.months().stream().map(m -> m.month().toString()).toList();
            charts.add(option(months, List.of(
                    Map.of("name", "Illustrative monthly target", "type", "line", "lineStyle", Map.of("type", "dashed"),
                            "data", s.months().stream().map(m -> bn(m.illustrativeTargetUsd())).toList()),
                    Map.of("name", "Actual: " + s.label(), "type", "bar", "data", s.months().stream().map(m -> bn(m.actualUsd())).toList())), "USD bn"));
        }
        return charts;
    }

    private String option(List<String> categories, List<Map<String, Object>> series, String unit) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("tooltip", Map.of("trigger", "axis"));
        o.put("legend", Map.of("top", 0));
        o.put("grid", Map.of("left", 60, "right", 20, "top", 90, "bottom", 30));
        o.put("xAxis", Map.of("type", "category", "data", categories));
        o.put("yAxis", Map.of("type", "value", "name", unit));
        o.put("series", series);
        return json.writeValueAsString(o);
    }

    private String word(String key) {
        return messages.getMessage(key, null, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    private static BigDecimal bn(BigDecimal v) {
        return org.bilateral.workbench.Figures.billions(v);
    }

    static List<PurchaseTarget.CoveredProduct> products(String text) {
        List<PurchaseTarget.CoveredProduct> products = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new InvalidInput(new InputProblem("target form", "products, line " + (i + 1), "products",
                        "write a group as 'Name: 1001, 1005' or 'Name: sector aircraft'"));
            }
            String group = line.substring(0, colon).strip();
            for (String code : line.substring(colon + 1).split("[,;]")) {
                String c = code.strip();
                if (c.startsWith("sector ")) {
                    products.add(new PurchaseTarget.CoveredProduct(group, HsLevel.SECTOR, c.substring(7).strip()));
                } else if (!c.isEmpty()) {
                    products.add(PurchaseTarget.CoveredProduct.hs(group, c));
                }
            }
        }
        return products;
    }

    static TreeMap<Integer, BigDecimal> amounts(String text) {
        TreeMap<Integer, BigDecimal> amounts = new TreeMap<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("[:\\s]+", 2);
            try {
                if (!parts[0].matches("\\d{4}")) {
                    throw new IllegalArgumentException(parts[0] + " is not a year");
                }
                amounts.put(Integer.parseInt(parts[0]), Limits.number(parts[1]));
            } catch (RuntimeException e) {
                throw new InvalidInput(new InputProblem("target form", "amounts, line " + (i + 1), "amounts",
                        Limits.shown(line) + ": write a year and an amount in US dollars, e.g. 2026: 2000000000"));
            }
        }
        return amounts;
    }

    static PurchaseTargets.Loaded loadText(PurchaseTargets targets, String yaml, String by) throws IOException {
        return targets.load(new StringReader(yaml), "request body", by);
    }
}
