package org.bilateral.offers.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bilateral.doors.Columns;
import org.bilateral.doors.Downloads;
import org.bilateral.doors.Notices;
import org.bilateral.doors.Sayings;
import org.bilateral.doors.Uploads;
import org.bilateral.offers.Offer;
import org.bilateral.offers.OfferId;
import org.bilateral.offers.OfferPricing;
import org.bilateral.offers.Offers;
import org.bilateral.offers.Pricing;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Said;
import org.bilateral.shared.Table;
import org.bilateral.shared.TextFiles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * The offers on the web: every saved offer and several priced side by side (/offers), an offer built or edited in a form
 * (/offers/new, /offers/{id}) and priced for a statistics year on its page, uploaded and downloaded as YAML, its pricing
 * and the comparison downloaded as CSV and XLSX. Thin: the use cases price and refuse; this door reads the form and says
 * their answers in the page's language.
 */
@Controller
class OfferPages {

    /** The largest offer file an upload takes: a YAML of 500 codes is some kilobytes. */
    static final long LARGEST_FILE = 1_000_000;

    private final Offers offers;
    private final OfferPricing pricing;
    private final Uploads uploads;
    private final Notices notices;
    private final Sayings sayings;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Columns columns;

    OfferPages(Offers offers, OfferPricing pricing, Uploads uploads, Notices notices, MessageSource messages, JsonMapper json,
               Columns columns) {
        this.columns = columns;
        this.offers = offers;
        this.pricing = pricing;
        this.uploads = uploads;
        this.notices = notices;
        this.sayings = new Sayings(messages);
        this.messages = messages;
        this.json = json;
    }

    private String word(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private OfferTables.Words words() {
        Locale page = LocaleContextHolder.getLocale();
        return (key, arguments) -> messages.getMessage(key, arguments, page);
    }

    // ---- the list and the comparison

    @GetMapping("/offers")
    String list(@RequestParam(required = false) @Nullable List<String> show, @RequestParam(required = false) @Nullable String year, Model model) {
        List<Offer> all = offers.all();
        List<Integer> years = pricing.yearsPriceable();
        Integer chosenYear = year(year, years);
        List<Offer> chosen = chosen(all, show);
        List<OfferPricing.Attempt> attempts = chosenYear == null ? List.of() : chosen.stream().map(o -> pricing.attempt(o.id(), chosenYear)).toList();
        List<Pricing> priced = attempts.stream().map(OfferPricing.Attempt::pricing).filter(java.util.Objects::nonNull).toList();
        model.addAttribute("unpriced", unpricedSaid(attempts));
        model.addAttribute("offers", all);
        model.addAttribute("years", years);
        model.addAttribute("year", chosenYear);
        model.addAttribute("shown", chosen.stream().map(o -> o.id().value()).toList());
        model.addAttribute("priced", priced);
        model.addAttribute("synthetic", priced.stream().anyMatch(Pricing::synthetic));
        model.addAttribute("chart", priced.isEmpty() ? "" : json.writeValueAsString(OfferCharts.compared(priced, this::word)));
        model.addAttribute("showQuery", chosen.stream().map(o -> String.valueOf(o.id().value())).toList());
        return "offers/offers";
    }

    @GetMapping("/offers/compare.{type:csv|xlsx}")
    ResponseEntity<byte[]> compared(@PathVariable String type, @RequestParam(required = false) @Nullable List<String> show,
                                    @RequestParam(required = false) @Nullable String year) {
        List<Integer> years = pricing.yearsPriceable();
        Integer chosenYear = year(year, years);
        // an offer that cannot be priced for the year is left out of the download, as the page says beside the others
        List<Pricing> priced = chosenYear == null ? List.of()
                : chosen(offers.all(), show).stream().map(o -> pricing.attempt(o.id(), chosenYear).pricing()).filter(java.util.Objects::nonNull).toList();
        return Downloads.of(OfferTables.compared(priced, words()), "offers-" + (chosenYear == null ? "none" : chosenYear), type);
    }

    /** The offers a comparison names ({@code show=3&show=5}), in the list's order; every saved offer when it names none. */
    private static List<Offer> chosen(List<Offer> all, @Nullable List<String> show) {
        if (show == null || show.isEmpty()) {
            return all;
        }
        List<Long> ids = show.stream().flatMap(s -> java.util.Arrays.stream(s.split(","))).filter(s -> !s.isBlank())
                .map(s -> InvalidInput.field("show", () -> id(s).value())).toList();
        for (long id : ids) {
            if (all.stream().noneMatch(o -> o.id().value() == id)) {
                throw new org.bilateral.shared.NotFound(org.bilateral.shared.NotFound.Thing.OFFER, String.valueOf(id));
            }
        }
        return all.stream().filter(o -> ids.contains(o.id().value())).toList();
    }

    /**
     * The statistics year a page prices for: the one asked for when the statistics hold it (refused by its field when
     * they do not), else the newest held; none when no year is held.
     */
    private static @Nullable Integer year(@Nullable String asked, List<Integer> years) {
        if (asked == null || asked.isBlank()) {
            return years.isEmpty() ? null : years.get(0);
        }
        if (!asked.strip().matches("\\d{4}")) {
            throw new InvalidInput("year", Said.of("refusal.policy.notAYearSuchAs", Limits.shown(asked)));
        }
        int y = Integer.parseInt(asked.strip());
        if (!years.contains(y)) {
            throw new InvalidInput("year", Said.of("refusal.offers.web.yearNotPriceable", asked.strip(),
                    years.isEmpty() ? "—" : String.join(", ", years.stream().map(String::valueOf).toList())));
        }
        return y;
    }

    private static OfferId id(String text) {
        if (!text.strip().matches("\\d{1,18}")) {
            throw new InvalidInput("id", Said.of("refusal.offers.web.notAnOfferNumber", Limits.shown(text)));
        }
        return new OfferId(Long.parseLong(text.strip()));
    }

    // ---- building and editing

    @GetMapping("/offers/new")
    String blank(Model model) {
        return form(OfferForm.blank(), null, null, model);
    }

    @PostMapping("/offers/new")
    String create(@RequestParam Map<String, String> sent, @RequestParam(required = false) @Nullable String action, Authentication user,
                  Model model, HttpServletResponse response) {
        OfferForm form = OfferForm.of(sent);
        if (action != null && !action.equals("save")) {
            return form(form.act(action), null, null, model);
        }
        try {
            Offer made = offers.create(form.draft(), user.getName());
            return "redirect:/offers/" + made.id().value() + "?saved";
        } catch (InvalidInput refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(form, null, refused, model);
        }
    }

    @GetMapping("/offers/{id}")
    String show(@PathVariable String id, @RequestParam(required = false) @Nullable String year,
                @RequestParam(required = false) @Nullable String saved, Model model) {
        Offer offer = offers.existing(id(id));
        if (saved != null) {
            model.addAttribute("notice", notices.say("offers.savedNotice", offer.name()));
        }
        priced(offer, year, model);
        return form(OfferForm.of(offer), offer, null, model);
    }

    @PostMapping("/offers/{id}")
    String update(@PathVariable String id, @RequestParam Map<String, String> sent, @RequestParam(required = false) @Nullable String action,
                  Authentication user, Model model, HttpServletResponse response) {
        Offer offer = offers.existing(id(id));
        OfferForm form = OfferForm.of(sent);
        if (action != null && !action.equals("save")) {
            priced(offer, null, model);
            return form(form.act(action), offer, null, model);
        }
        try {
            offers.update(offer.id(), form.draft(), user.getName());
            return "redirect:/offers/" + offer.id().value() + "?saved";
        } catch (InvalidInput refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            priced(offer, null, model);
            return form(form, offer, refused, model);
        }
    }

    @PostMapping("/offers/{id}/delete")
    String delete(@PathVariable String id, Authentication user) {
        offers.delete(id(id), user.getName());
        return "redirect:/offers";
    }

    /**
     * An offer file uploaded: read by the use case the command line reads it with, saved as a new offer, or refused by
     * file, line and field on the new offer's page with nothing saved; the upload off disk again whatever happened.
     */
    @PostMapping("/offers/upload")
    String upload(@RequestParam("file") MultipartFile file, Authentication user, Model model, HttpServletResponse response) {
        try (Uploads.Upload upload = uploads.receive(file, LARGEST_FILE)) {
            String yaml = TextFiles.read(upload.file(), upload.name(), in -> {
                StringBuilder text = new StringBuilder();
                char[] buffer = new char[8192];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    text.append(buffer, 0, n);
                }
                return text.toString();
            });
            Offer made = offers.create(offers.read(upload.name(), yaml), user.getName());
            return "redirect:/offers/" + made.id().value() + "?saved";
        } catch (InvalidInput refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("uploadProblems", sayings.problems(refused.problems(), LocaleContextHolder.getLocale()));
            model.addAttribute("uploadName", Uploads.nameOf(file));
            return form(OfferForm.blank(), null, null, model);
        }
    }

    @GetMapping("/offers/{id}/offer.yaml")
    ResponseEntity<byte[]> yaml(@PathVariable String id) {
        Offer offer = offers.existing(id(id));
        return Downloads.file(fileName(offer) + ".yaml", "application/yaml;charset=UTF-8", offers.yaml(offer).getBytes(StandardCharsets.UTF_8));
    }

    /** A priced offer downloaded: every table in a workbook, or the one a CSV names ({@code table=years}, products by default). */
    @GetMapping("/offers/{id}/priced.{type:csv|xlsx}")
    ResponseEntity<byte[]> pricedDownload(@PathVariable String id, @PathVariable String type, @RequestParam(required = false) @Nullable String year,
                                          @RequestParam(required = false) @Nullable String table) {
        Offer offer = offers.existing(id(id));
        Integer chosenYear = year(year, pricing.yearsPriceable());
        if (chosenYear == null) {
            throw new InvalidInput("year", Said.of("refusal.offers.web.noYearHeld"));
        }
        Pricing p = pricing.price(offer.id(), chosenYear);
        String name = fileName(offer) + "-" + chosenYear;
        if (type.equals("xlsx")) {
            List<Table> tables = OfferTables.PRICED.stream().map(t -> OfferTables.priced(p, t, words())).toList();
            // the workbook's sheets named in the page's language, each table's headings as a download names them
            return Downloads.xlsx(name + ".xlsx", Table.xlsx(tables.stream().map(t -> columns.inPageLanguage(t)).toList(),
                    OfferTables.PRICED.stream().map(t -> word("offers.sheet." + t)).toList()));
        }
        String chosen = table == null || table.isBlank() ? "products" : table.strip();
        return Downloads.of(InvalidInput.field("table", () -> OfferTables.priced(p, chosen, words())), name + "-" + chosen, type);
    }

    /** A file name of the offer's: its name's letters and digits, its number when it has none. */
    private static String fileName(Offer offer) {
        String plain = java.text.Normalizer.normalize(offer.name(), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "").toLowerCase(Locale.ROOT);
        return "offer-" + offer.id().value() + (plain.isEmpty() ? "" : "-" + plain.substring(0, Math.min(40, plain.length())));
    }

    // ---- what the pages hold

    /** The offer priced for the year asked (or the newest held) on its page; nothing priced when no year is held. */
    private void priced(Offer offer, @Nullable String year, Model model) {
        List<Integer> years = pricing.yearsPriceable();
        Integer chosenYear = year(year, years);
        model.addAttribute("years", years);
        model.addAttribute("year", chosenYear);
        OfferPricing.Attempt attempt = chosenYear == null ? null : pricing.attempt(offer.id(), chosenYear);
        model.addAttribute("pricing", attempt == null ? null : attempt.pricing());
        model.addAttribute("pricingRefused", attempt == null ? List.of() : attempt.refused().stream()
                .map(r -> sayings.say(r, LocaleContextHolder.getLocale())).toList());
    }

    /** Each offer that cannot be priced for the year, with why, in the page's language. */
    private List<String> unpricedSaid(List<OfferPricing.Attempt> attempts) {
        Locale page = LocaleContextHolder.getLocale();
        return attempts.stream().filter(a -> a.pricing() == null).map(a -> word("offers.notPriced", a.offer().name(),
                String.join("; ", a.refused().stream().map(r -> sayings.say(r, page)).toList()))).toList();
    }

    /** The form's page: the form as typed or saved, and each refusal beside the field it names (the rest above the form). */
    private String form(OfferForm form, @Nullable Offer offer, @Nullable InvalidInput refused, Model model) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        if (refused != null) {
            Locale page = LocaleContextHolder.getLocale();
            for (InputProblem problem : refused.problems()) {
                String field = OfferFields.formField(problem, form);
                if (field == null) {
                    others.add(sayings.say(problem.said(), page));
                } else {
                    byField.computeIfAbsent(field, f -> new ArrayList<>()).add(sayings.say(problem.what(), page));
                }
            }
        }
        model.addAttribute("form", form.inLanguageOf(LocaleContextHolder.getLocale()));
        model.addAttribute("offer", offer);
        model.addAttribute("refusals", byField);
        model.addAttribute("otherRefusals", others);
        if (!model.containsAttribute("pricing")) {
            model.addAttribute("pricing", null);
        }
        return "offers/offer";
    }
}
