package org.bilateral.offers.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.offers.Elasticities;
import org.bilateral.offers.Offer;
import org.bilateral.offers.OfferDraft;
import org.bilateral.offers.Part;
import org.bilateral.offers.Phase;
import org.bilateral.offers.Scope;
import org.bilateral.offers.Selection;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.InvalidValue;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;

/**
 * An offer as the page's form sends it: every field text, its parts and their phases numbered from 0 in the fields'
 * names ({@code parts[0].phases[1].rate}), so that a refusal comes back beside the field that caused it and what was
 * typed is shown again as typed. Parts and phases are added and removed by the form's own buttons, without saving.
 */
record OfferForm(String name, String note, String scheduleOn, String importDemand, String substitution, List<PartForm> parts) {

    /** One part as typed: its scope (codes, agricultural, industrial), its codes, the MFN ceiling, its phases. */
    record PartForm(String scope, String codes, String ceiling, List<PhaseForm> phases) {
    }

    /** One phase as typed: from which year, at which rate. */
    record PhaseForm(String year, String rate) {
    }

    /** Most parts and phases a form holds: more are a file's business (upload the offer as YAML). */
    static final int MOST_PARTS = 50;
    static final int MOST_PHASES = 20;

    private static final Pattern PART = Pattern.compile("parts\\[(\\d{1,2})]\\.(scope|codes|ceiling)");
    private static final Pattern PHASE = Pattern.compile("parts\\[(\\d{1,2})]\\.phases\\[(\\d{1,2})]\\.(year|rate)");
    /** A decimal written with a point or, as Vietnamese writes it, a comma; never grouped (no rate or elasticity needs it). */
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,3}(?:[.,]\\d{1,10})?");

    /** A new offer's form: one part of listed codes with one phase, the literature's elasticities. */
    static OfferForm blank() {
        Elasticities e = Elasticities.defaults();
        return new OfferForm("", "", "", e.importDemand().toPlainString(), e.substitution().toPlainString(),
                List.of(new PartForm("codes", "", "", List.of(new PhaseForm("", "0")))));
    }

    /**
     * The form as a page in {@code page}'s language shows it: a decimal number with the page's decimal sign ("1,5" on a
     * Vietnamese page), as the form also reads it back; whatever is not a plain decimal number is shown as typed.
     */
    OfferForm inLanguageOf(Locale page) {
        if (!page.getLanguage().equals("vi")) {
            return this;
        }
        java.util.function.UnaryOperator<String> said = v -> v.strip().matches("\\d+\\.\\d+") ? v.strip().replace('.', ',') : v;
        return new OfferForm(name, note, scheduleOn, said.apply(importDemand), said.apply(substitution), parts.stream()
                .map(p -> new PartForm(p.scope(), p.codes(), said.apply(p.ceiling()),
                        p.phases().stream().map(ph -> new PhaseForm(ph.year(), said.apply(ph.rate()))).toList()))
                .toList());
    }

    /** A saved offer's form, as the page shows it to be edited. */
    static OfferForm of(Offer offer) {
        List<PartForm> parts = offer.parts().stream().map(p -> new PartForm(p.selection().scope().name().toLowerCase(Locale.ROOT),
                String.join(" ", p.selection().codes().stream().map(HsCode::digits).toList()),
                p.selection().mfnAtOrBelowPercent() == null ? "" : p.selection().mfnAtOrBelowPercent().toPlainString(),
                p.phases().stream().map(ph -> new PhaseForm(ph.fromStatisticsYear() ? "" : String.valueOf(ph.year()),
                        ph.ratePercent().toPlainString())).toList())).toList();
        return new OfferForm(offer.name(), offer.note() == null ? "" : offer.note(), offer.scheduleOn().toString(),
                offer.elasticities().importDemand().toPlainString(), offer.elasticities().substitution().toPlainString(), parts);
    }

    /** The form as sent: parts and phases in the order of their numbers, gaps closed (a removed row leaves none). */
    static OfferForm of(Map<String, String> sent) {
        java.util.TreeMap<Integer, String[]> parts = new java.util.TreeMap<>();
        java.util.TreeMap<Integer, java.util.TreeMap<Integer, String[]>> phases = new java.util.TreeMap<>();
        for (Map.Entry<String, String> e : sent.entrySet()) {
            Matcher part = PART.matcher(e.getKey());
            Matcher phase = PHASE.matcher(e.getKey());
            if (part.matches()) {
                String[] fields = parts.computeIfAbsent(Integer.valueOf(part.group(1)), i -> new String[] {"codes", "", ""});
                fields[List.of("scope", "codes", "ceiling").indexOf(part.group(2))] = e.getValue();
            } else if (phase.matches()) {
                parts.computeIfAbsent(Integer.valueOf(phase.group(1)), i -> new String[] {"codes", "", ""});
                String[] fields = phases.computeIfAbsent(Integer.valueOf(phase.group(1)), i -> new java.util.TreeMap<>())
                        .computeIfAbsent(Integer.valueOf(phase.group(2)), i -> new String[] {"", ""});
                fields[phase.group(3).equals("year") ? 0 : 1] = e.getValue();
            }
        }
        List<PartForm> typed = new ArrayList<>();
        // a phase row left empty is no phase: dropped here, so that the use case's phase numbers are the form's rows
        parts.forEach((i, f) -> typed.add(new PartForm(f[0], f[1], f[2], phases.getOrDefault(i, new java.util.TreeMap<>()).values().stream()
                .filter(p -> !p[0].isBlank() || !p[1].isBlank()).map(p -> new PhaseForm(p[0], p[1])).toList())));
        return new OfferForm(text(sent, "name"), text(sent, "note"), text(sent, "scheduleOn"), text(sent, "importDemand"),
                text(sent, "substitution"), typed);
    }

    private static String text(Map<String, String> sent, String field) {
        String value = sent.get(field);
        return value == null ? "" : value;
    }

    /**
     * The form after one of its own buttons: {@code addPart}, {@code removePart-1}, {@code addPhase-0},
     * {@code removePhase-0-2}; anything else leaves it as it is. A new phase starts a year after the part's last.
     */
    OfferForm act(String action) {
        List<PartForm> p = new ArrayList<>(parts);
        String[] words = action.split("-");
        try {
            switch (words[0]) {
                case "addPart" -> {
                    if (p.size() < MOST_PARTS) {
                        p.add(new PartForm("codes", "", "", List.of(new PhaseForm("", "0"))));
                    }
                }
                case "removePart" -> p.remove(Integer.parseInt(words[1]));
                case "addPhase" -> {
                    int i = Integer.parseInt(words[1]);
                    List<PhaseForm> ph = new ArrayList<>(p.get(i).phases());
                    if (ph.size() < MOST_PHASES) {
                        String last = ph.isEmpty() ? "" : ph.get(ph.size() - 1).year().strip();
                        ph.add(new PhaseForm(last.matches("\\d{4}") ? String.valueOf(Integer.parseInt(last) + 1) : "", ""));
                    }
                    p.set(i, new PartForm(p.get(i).scope(), p.get(i).codes(), p.get(i).ceiling(), ph));
                }
                case "removePhase" -> {
                    int i = Integer.parseInt(words[1]);
                    List<PhaseForm> ph = new ArrayList<>(p.get(i).phases());
                    ph.remove(Integer.parseInt(words[2]));
                    p.set(i, new PartForm(p.get(i).scope(), p.get(i).codes(), p.get(i).ceiling(), ph));
                }
                default -> {
                    return this;
                }
            }
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            // a button of another form's rows (the page was reloaded meanwhile): the form as it was
            return this;
        }
        return new OfferForm(name, note, scheduleOn, importDemand, substitution, p);
    }

    /**
     * The draft the form says, or every field it cannot read refused by its name at once (the use case then refuses
     * what it knows: a code not in the schedule, a rate above the MFN rate, a year before the statistics).
     */
    OfferDraft draft() {
        List<InputProblem> problems = new ArrayList<>();
        Elasticities defaults = Elasticities.defaults();
        BigDecimal eta = decimal(importDemand, "importDemand", problems);
        BigDecimal sigma = decimal(substitution, "substitution", problems);
        LocalDate on = null;
        if (!scheduleOn.isBlank()) {
            try {
                on = LocalDate.parse(scheduleOn.strip());
            } catch (DateTimeParseException e) {
                problems.add(problem("scheduleOn", Said.of("refusal.commitments.notADate", Limits.shown(scheduleOn))));
            }
        }
        List<Part> drafted = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            PartForm part = parts.get(i);
            String at = "parts[" + i + "]";
            Scope scope = switch (part.scope().strip().toLowerCase(Locale.ROOT)) {
                case "", "codes" -> Scope.CODES;
                case "agricultural" -> Scope.AGRICULTURAL;
                case "industrial" -> Scope.INDUSTRIAL;
                default -> {
                    problems.add(problem(at + ".scope", Said.of("refusal.offers.web.form.scope", Limits.shown(part.scope()))));
                    yield Scope.CODES;
                }
            };
            List<HsCode> codes = new ArrayList<>();
            for (String c : part.codes().strip().isEmpty() ? List.<String>of() : Arrays.asList(part.codes().strip().split("[\\s,;]+"))) {
                try {
                    codes.add(HsCode.of(c.replace(".", "")));
                } catch (InvalidValue e) {
                    problems.add(problem(at + ".codes", e.said()));
                } catch (IllegalArgumentException e) {
                    problems.add(problem(at + ".codes", Said.of("refusal.offers.web.form.code", Limits.shown(c))));
                }
            }
            BigDecimal ceiling = part.ceiling().isBlank() ? null : decimal(part.ceiling(), at + ".ceiling", problems);
            List<Phase> phases = new ArrayList<>();
            for (int j = 0; j < part.phases().size(); j++) {
                PhaseForm phase = part.phases().get(j);
                String p = at + ".phases[" + j + "]";
                Integer year = null;
                if (phase.year().isBlank()) {
                    // no year: the phase starts with whichever statistics year the offer is priced on, as a file's plain `rate`
                    year = Phase.FROM_STATISTICS_YEAR;
                } else if (!phase.year().strip().matches("[1-9]\\d{3}")) {
                    problems.add(problem(p + ".year", Said.of("refusal.policy.notAYearSuchAs", Limits.shown(phase.year()))));
                } else {
                    year = Integer.valueOf(phase.year().strip());
                }
                BigDecimal rate = decimal(phase.rate(), p + ".rate", problems);
                if (phase.rate().isBlank()) {
                    problems.add(problem(p + ".rate", Said.of("refusal.offers.web.form.rateNeeded")));
                }
                if (year != null && rate != null) {
                    phases.add(new Phase(year, rate));
                }
            }
            drafted.add(new Part(new Selection(scope, List.copyOf(codes), ceiling), List.copyOf(phases)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new OfferDraft(name.strip(), note.isBlank() ? null : note.strip(), on,
                new Elasticities(eta == null ? defaults.importDemand() : eta, sigma == null ? defaults.substitution() : sigma), List.copyOf(drafted));
    }

    /** A number of the form: blank is none (the default where there is one); "1,5" is one and a half, as a Vietnamese writes it. */
    private static @Nullable BigDecimal decimal(String text, String field, List<InputProblem> problems) {
        String t = text.strip().replace("%", "").strip();
        if (t.isEmpty()) {
            return null;
        }
        if (!DECIMAL.matcher(t).matches()) {
            problems.add(problem(field, Said.of("refusal.offers.web.form.number", Limits.shown(text))));
            return null;
        }
        return new BigDecimal(t.replace(',', '.'));
    }

    private static InputProblem problem(String field, Said what) {
        return new InputProblem(field, null, null, what);
    }
}
