package org.bilateral.hill.web;

import java.util.List;
import java.util.Locale;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.doors.Figures;
import org.bilateral.doors.Sayings;
import org.bilateral.hill.BioguideId;
import org.bilateral.hill.LegislatorPortrait;
import org.bilateral.hill.StateMap;
import org.bilateral.hill.StatePortrait;
import org.bilateral.hill.StateShapes;
import org.bilateral.hill.WhoToSee;
import org.bilateral.policy.Asks;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.DealId;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.UsState;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Hill's pages: the map of the states and who to see (/hill), a state's page, a legislator's page, who to see about a
 * product, an ask or a deal, and the states' shapes the map draws (served here, so that the browser fetches nothing
 * from outside). The partner is Vietnam, the side this workbench is for.
 */
@Controller
class HillPages {

    static final CountryCode PARTNER = CountryCode.of("VN");

    private final StateMap maps;
    private final StatePortrait states;
    private final LegislatorPortrait legislators;
    private final WhoToSee who;
    private final StateShapes shapes;
    private final Asks asks;
    private final PurchaseCommitments commitments;
    private final HillSaid said;
    private final Figures figures;
    private final Sayings sayings;
    private final MessageSource messages;
    private final JsonMapper json;

    HillPages(StateMap maps, StatePortrait states, LegislatorPortrait legislators, WhoToSee who, StateShapes shapes, Asks asks,
              PurchaseCommitments commitments, HillSaid said, Figures figures, MessageSource messages, JsonMapper json) {
        this.maps = maps;
        this.states = states;
        this.legislators = legislators;
        this.who = who;
        this.shapes = shapes;
        this.asks = asks;
        this.commitments = commitments;
        this.said = said;
        this.figures = figures;
        this.messages = messages;
        this.sayings = new Sayings(messages);
        this.json = json;
    }

    private String word(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    @GetMapping("/hill")
    String map(@RequestParam(required = false) @Nullable String by, @RequestParam(required = false) @Nullable Integer year,
               @RequestParam(required = false) @Nullable String hs, Model model) {
        StateMap.Shading shading = StateMap.Shading.parse(by);
        HsCode product = hs == null || hs.isBlank() ? null : InvalidInput.field("hs", () -> HsCode.of(hs.replace(".", "")));
        StateMap.View view = maps.of(PARTNER, shading, year, product);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("view", view);
        model.addAttribute("shadings", StateMap.Shading.values());
        model.addAttribute("hs", product == null ? "" : product.digits());
        model.addAttribute("yearSaid", view.year() == null ? "" : yearSaid(view.year(), view.months()));
        model.addAttribute("mapOption", json.writeValueAsString(HillCharts.map(view, r -> tip(view, r), this::word, locale)));
        model.addAttribute("shapes", HillCharts.SHAPES);
        model.addAttribute("mapName", HillCharts.MAP);
        model.addAttribute("examples", List.of("1201", "8802", "5201", "0202", "2304"));
        whoForms(model);
        return "hill/map";
    }

    /** A year as the page says it: "2026 (11 months)" when not all its months are held. */
    private String yearSaid(int year, int months) {
        return months > 0 && months < 12 ? word("hill.year.partial", String.valueOf(year), months) : String.valueOf(year);
    }

    /** A region's tooltip: the state's name and its figure in the page's language, or that none is held. */
    private String tip(StateMap.View view, StateMap.Region r) {
        String name = said.state(r.state());
        if (r.valueUsd() == null) {
            return name + ": " + word("hill.map.noFigure");
        }
        if (view.by() == StateMap.Shading.CHANGE) {
            return name + ": " + (r.change() == null ? word("hill.map.noBase") : figures.percent(r.change()));
        }
        return name + ": " + figures.usd(r.valueUsd());
    }

    private void whoForms(Model model) {
        model.addAttribute("asks", asks.list(null, null));
        model.addAttribute("deals", commitments.deals());
    }

    @GetMapping("/hill/states/{usps}")
    String state(@PathVariable String usps, Model model) {
        UsState state = InvalidInput.field("usps", () -> UsState.of(usps));
        StatePortrait.Portrait portrait = states.of(state, PARTNER);
        figures(portrait.figures(), model);
        model.addAttribute("portrait", portrait);
        model.addAttribute("stateName", said.state(portrait.state()));
        return "hill/state";
    }

    @GetMapping("/hill/legislators/{bioguide}")
    String legislator(@PathVariable String bioguide, Model model) {
        BioguideId id = InvalidInput.field("bioguide", () -> new BioguideId(bioguide.strip().toUpperCase(Locale.ROOT)));
        LegislatorPortrait.Portrait portrait = legislators.of(id, PARTNER);
        figures(portrait.figures(), model);
        model.addAttribute("portrait", portrait);
        model.addAttribute("label", said.label(portrait.legislator()));
        model.addAttribute("stateName", said.state(portrait.state()));
        return "hill/legislator";
    }

    /**
     * A year of a state's trade as its table shows it: both flows, and the months held (the fewer of the two where they
     * differ, so that a year partial in either is said partial).
     */
    record YearRow(int year, int months, java.math.@Nullable BigDecimal exportsUsd, java.math.@Nullable BigDecimal importsUsd) {
    }

    static List<YearRow> yearRows(StatePortrait.Figures f) {
        java.util.TreeMap<Integer, YearRow> rows = new java.util.TreeMap<>();
        f.exports().forEach(y -> rows.put(y.year(), new YearRow(y.year(), y.months(), y.valueUsd(), null)));
        f.imports().forEach(y -> rows.merge(y.year(), new YearRow(y.year(), y.months(), null, y.valueUsd()),
                (a, b) -> new YearRow(a.year(), Math.min(a.months(), b.months()), a.exportsUsd(), b.importsUsd())));
        return List.copyOf(rows.descendingMap().values());
    }

    /** What the state's figures need on a page: its years said, its chart. */
    private void figures(StatePortrait.Figures f, Model model) {
        model.addAttribute("figures", f);
        model.addAttribute("yearRows", yearRows(f));
        model.addAttribute("exportYearSaid", f.exportYear() == null ? "" : yearSaid(f.exportYear().year(), f.exportYear().months()));
        model.addAttribute("importYearSaid", f.importYear() == null ? "" : yearSaid(f.importYear().year(), f.importYear().months()));
        model.addAttribute("yearsChart", f.empty() ? "" : json.writeValueAsString(HillCharts.years(f.exports(), f.imports(), this::word)));
    }

    @GetMapping("/hill/who")
    String who(@RequestParam(required = false) @Nullable String product, @RequestParam(required = false) @Nullable String ask,
               @RequestParam(required = false) @Nullable String deal, Model model) {
        int named = (blank(product) ? 0 : 1) + (blank(ask) ? 0 : 1) + (blank(deal) ? 0 : 1);
        if (named != 1) {
            throw new InvalidInput("who", Said.of("refusal.hill.whoOneOf"));
        }
        WhoToSee.Answer answer;
        if (product != null && !product.isBlank()) {
            answer = who.forProduct(InvalidInput.field("product", () -> HsCode.of(product.replace(".", ""))), PARTNER);
        } else if (ask != null && !ask.isBlank()) {
            answer = who.forAsk(Asks.number(ask), PARTNER);
        } else {
            answer = who.forDeal(InvalidInput.field("deal", () -> DealId.parse(String.valueOf(deal))), PARTNER);
        }
        model.addAttribute("answer", answer);
        model.addAttribute("reason", sayings.say(answer.goods().reason(), LocaleContextHolder.getLocale()));
        model.addAttribute("yearSaid", answer.year() == null ? "" : yearSaid(answer.year(), answer.months()));
        model.addAttribute("askAsked", answer.subject() == WhoToSee.Subject.ASK ? asks.ask(Asks.number(answer.asked())) : null);
        model.addAttribute("dealAsked", answer.subject() == WhoToSee.Subject.DEAL ? commitments.deal(DealId.parse(answer.asked())) : null);
        whoForms(model);
        return "hill/who";
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    /**
     * The states' shapes as GeoJSON, from the shared Albers TopoJSON; not found when the reference location has none (the
     * shapes are reference data a location may lack, as it may lack a code, not a service that is down).
     */
    @GetMapping("/hill/states.geojson")
    ResponseEntity<String> shapes() {
        String geo = shapes.geoJson().orElseThrow(() -> new NotFound(NotFound.Thing.STATE_SHAPES, "geo/us-states-albers.topo.json"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json"))
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePrivate()).body(geo);
    }
}
