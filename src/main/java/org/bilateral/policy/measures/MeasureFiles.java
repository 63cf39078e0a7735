package org.bilateral.policy.measures;

import org.jspecify.annotations.Nullable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.TextFiles;
import org.bilateral.shared.Said;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the measure files into their records. A file with a wrong row is refused whole, naming the file, line and
 * column, so that no answer rests on half a file. Values are taken as printed: rates are not rounded, HTS numbers keep
 * their dots beside their digits, and a line whose country matches none is kept by its printed name.
 */
final class MeasureFiles {

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    /** The European Union's members, which the reciprocal-rate annex names as one line. */
    static final List<String> EUROPEAN_UNION = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
            "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    private MeasureFiles() {
    }

    /** One file's rows, each read by a function that adds the row's problems and returns its record, or null. */
    private static <T> List<T> rows(byte[] bytes, String file, List<String> columns, RowReader<T> reader) {
        List<InputProblem> problems = new ArrayList<>();
        List<T> rows = new ArrayList<>();
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(TextFiles.withoutBom(bytes)), StandardCharsets.UTF_8)) {
            var parser = CSV.parse(in);
            for (String column : columns) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new InvalidInput(new InputProblem(file, InputProblem.line(1), column, Said.of("refusal.policy.columnMissing",
                            Limits.shown(String.join(",", parser.getHeaderNames())))));
                }
            }
            for (CSVRecord r : parser) {
                Row row = new Row(file, r, problems);
                @Nullable T value = reader.read(row);
                if (value != null) {
                    rows.add(value);
                }
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new InvalidInput(new InputProblem(file, null, null, Said.of("refusal.reference.notCsv", Limits.shown(String.valueOf(e.getMessage())))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return List.copyOf(rows);
    }

    private interface RowReader<T> {
        @Nullable T read(Row row);
    }

    /** One CSV line with its problems: every field read through it is located by line and column. */
    private record Row(String file, CSVRecord record, List<InputProblem> problems) {

        String text(String column) {
            String value = record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
            return value;
        }

        String required(String column) {
            String value = text(column);
            if (value.isEmpty()) {
                problem(column, Said.of("refusal.policy.empty"));
            }
            return value;
        }

        @Nullable String optional(String column) {
            String value = text(column);
            return value.isEmpty() ? null : value;
        }

        @Nullable LocalDate date(String column, boolean required) {
            String value = text(column);
            if (value.isEmpty()) {
                if (required) {
                    problem(column, Said.of("refusal.policy.emptyDate"));
                }
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problem(column, Said.of("refusal.policy.notADateSuchAs", Limits.shown(value)));
                return null;
            }
        }

        /** A percentage of 0 to 1,000, as printed, or null when blank. */
        @Nullable BigDecimal percent(String column) {
            String value = text(column).replace("%", "").strip();
            if (value.isEmpty()) {
                return null;
            }
            try {
                BigDecimal rate = new BigDecimal(value);
                if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(1000)) > 0) {
                    problem(column, Said.of("refusal.policy.notARate1000", value));
                    return null;
                }
                return rate;
            } catch (NumberFormatException e) {
                problem(column, Said.of("refusal.policy.notARatePercent", Limits.shown(value)));
                return null;
            }
        }

        void problem(String column, Said message) {
            problems.add(new InputProblem(file, InputProblem.line(record.getParser().getCurrentLineNumber()), column, message));
        }
    }

    static List<AntidumpingOrder> orders(byte[] bytes, String file) {
        return orderRows(bytes, file).stream().map(FileOrder::order).toList();
    }

    /** An order as the file gives it, with the columns the stakes do not read but the record keeps. */
    record FileOrder(AntidumpingOrder order, @Nullable String htsSourceUrl, @Nullable String statusEvidence) {
    }

    static List<FileOrder> orderRows(byte[] bytes, String file) {
        return rows(bytes, file, List.of("case_number", "kind", "product", "order_date", "hts_codes", "source_url"), row -> {
            String caseNumber = row.required("case_number");
            String kind = row.required("kind");
            AntidumpingOrder.Kind k = null;
            if (kind.equals("AD") || kind.equals("CVD")) {
                k = AntidumpingOrder.Kind.valueOf(kind);
            } else if (!kind.isEmpty()) {
                row.problem("kind", Said.of("refusal.policy.notAdCvd", Limits.shown(kind)));
            }
            String product = row.required("product");
            LocalDate date = row.date("order_date", false);
            List<HtsNumber> codes = new ArrayList<>();
            for (String printed : row.text("hts_codes").split("\\s+")) {
                if (!printed.isEmpty()) {
                    Optional<HtsNumber> code = HtsNumber.parse(printed);
                    code.ifPresentOrElse(codes::add, () -> row.problem("hts_codes", Said.of("refusal.policy.notHts", Limits.shown(printed))));
                }
            }
            return k == null || caseNumber.isEmpty() ? null : new FileOrder(new AntidumpingOrder(caseNumber, k, product, date,
                    List.copyOf(codes), row.optional("source_url"), row.optional("note")), row.optional("hts_source_url"),
                    row.optional("status_evidence"));
        });
    }

    static List<TariffAction> tariffHistory(byte[] bytes, String file) {
        return rows(bytes, file, List.of("effective_date", "rate_percent", "applies_to", "legal_instrument", "source_url"), row -> {
            LocalDate date = row.date("effective_date", true);
            BigDecimal rate = row.percent("rate_percent");
            String appliesTo = row.required("applies_to");
            String instrument = row.required("legal_instrument");
            return date == null ? null : new TariffAction(date, rate, appliesTo, instrument, row.optional("source_url"),
                    row.optional("note"), TariffAction.Kind.of(rate, appliesTo));
        });
    }

    /**
     * @param countries the country a printed name is, where the directory knows it
     */
    static List<ReciprocalRate> reciprocalRates(byte[] bytes, String file, Function<String, Optional<CountryCode>> countries) {
        return mergedByCountries(rows(bytes, file, List.of("country_or_territory", "reciprocal_tariff_adjusted"), row -> {
            String name = plain(row.required("country_or_territory"));
            String printedRate = row.required("reciprocal_tariff_adjusted");
            BigDecimal percent = printedRate.matches("\\d+(\\.\\d+)?%") ? row.percent("reciprocal_tariff_adjusted") : null;
            List<CountryCode> codes;
            if (name.startsWith("European Union")) {
                codes = EUROPEAN_UNION.stream().map(CountryCode::of).toList();
            } else {
                codes = countries.apply(name)
                        .or(() -> countries.apply(name.replaceAll("\\s*\\(.*\\)", "")))
                        .or(() -> countries.apply(name.replace('`', '\'')))
                        .map(List::of).orElse(List.of());
            }
            return name.isEmpty() ? null : new ReciprocalRate(name, codes, printedRate, percent);
        }));
    }

    /**
     * Lines naming the same countries as one: the annex gives the European Union two ("goods with a Column 1 rate above
     * 15%: 0%", "below 15%: 15% minus the Column 1 rate"), which together are its rate, with no one number.
     */
    private static List<ReciprocalRate> mergedByCountries(List<ReciprocalRate> lines) {
        Map<List<CountryCode>, ReciprocalRate> merged = new LinkedHashMap<>();
        List<ReciprocalRate> unmatched = new ArrayList<>();
        for (ReciprocalRate line : lines) {
            if (line.countries().isEmpty()) {
                unmatched.add(line);
                continue;
            }
            merged.merge(line.countries(), line, (a, b) -> {
                String prefix = commonPrefix(a.printedName(), b.printedName());
                int cut = prefix.isEmpty() ? 0 : prefix.length() + 1;
                return new ReciprocalRate(prefix.isEmpty() ? a.printedName() : prefix, a.countries(),
                        a.printedName().substring(cut).strip() + ": " + a.printedRate() + "; "
                                + b.printedName().substring(cut).strip() + ": " + b.printedRate(), null);
            });
        }
        List<ReciprocalRate> all = new ArrayList<>(merged.values());
        all.addAll(unmatched);
        return List.copyOf(all);
    }

    /** The words two names share before they differ, up to a colon: "European Union". */
    private static String commonPrefix(String a, String b) {
        int colon = a.indexOf(':');
        return colon > 0 && b.startsWith(a.substring(0, colon + 1)) ? a.substring(0, colon) : "";
    }

    /** A name as a page shows it: the annex's HTML footnote anchors and entities taken out. */
    private static String plain(String printed) {
        return printed.replaceAll("<[^>]*>", "").replaceAll("\\[\\d+]", "").replace("&gt;", ">").replace("&lt;", "<")
                .replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }

    static List<CountryChartRow> countryChart(byte[] bytes, String file) {
        String reasons = "x_columns (license required for reason-for-control column)";
        return rows(bytes, file, List.of("iso2", "ear_name", reasons), row -> {
            String iso = row.required("iso2");
            if (!iso.matches("[A-Z]{2}")) {
                row.problem("iso2", Said.of("refusal.policy.notIso2", Limits.shown(iso)));
                return null;
            }
            Set<String> marked = new LinkedHashSet<>();
            for (String reason : row.text(reasons).split(";")) {
                if (!reason.isBlank()) {
                    if (!reason.strip().matches("[A-Z]{2}\\d")) {
                        row.problem(reasons, Said.of("refusal.policy.notAReason", Limits.shown(reason)));
                    }
                    marked.add(reason.strip());
                }
            }
            List<String> footnotes = Arrays.stream(row.text("footnotes").split("\\|")).filter(s -> !s.isBlank()).map(String::strip).toList();
            return new CountryChartRow(CountryCode.of(iso), row.required("ear_name"), Set.copyOf(marked), footnotes);
        });
    }

    static List<DualUseCode> dualUse(byte[] bytes, String file) {
        return rows(bytes, file, List.of("hs", "control_entry", "category", "regime", "hs_description", "match_basis"), row -> {
            String hs = row.required("hs");
            if (!hs.matches("\\d{6}")) {
                row.problem("hs", Said.of("refusal.policy.notSubheading", Limits.shown(hs)));
                return null;
            }
            return new DualUseCode(hs, row.required("control_entry"), row.required("category"), row.text("regime"),
                    row.text("hs_description"), row.text("match_basis"));
        });
    }

    /**
     * @param sides the words that name each side in the file's actor column ("MOIT" is Vietnam's, "Commerce" the US's)
     */
    static List<MarketEconomyEvent> marketEconomy(byte[] bytes, String file, Map<CountryCode, List<String>> sides) {
        return rows(bytes, file, List.of("date", "event", "actor", "source_url"), row -> {
            String printed = row.required("date");
            LocalDate date = null;
            if (printed.matches("\\d{4}")) {
                date = LocalDate.of(Integer.parseInt(printed), 1, 1);
            } else if (!printed.isEmpty()) {
                date = row.date("date", true);
            }
            String actor = row.text("actor");
            List<CountryCode> acting = sides.entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(actor::contains)).map(Map.Entry::getKey).toList();
            return date == null ? null : new MarketEconomyEvent(printed, date, row.required("event"), actor,
                    acting.size() == 1 ? acting.get(0) : null, row.optional("source_url"), row.optional("note"));
        });
    }

    static ExportControlGroups countryGroups(byte[] bytes, String file, JsonMapper json) {
        JsonNode root;
        try {
            root = json.readTree(TextFiles.withoutBom(bytes));
        } catch (RuntimeException e) {
            throw new InvalidInput(new InputProblem(file, null, null, Said.of("refusal.policy.notJson", Limits.shown(String.valueOf(e.getMessage())))));
        }
        JsonNode membership = root.path("membership");
        if (!membership.isObject()) {
            throw new InvalidInput(new InputProblem(file, null, "membership", Said.of("refusal.policy.noMembership")));
        }
        List<InputProblem> problems = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        root.path("labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asString()));
        Map<CountryCode, List<String>> groups = new LinkedHashMap<>();
        membership.properties().forEach(e -> {
            if (!e.getKey().matches("[A-Z]{2}") || !e.getValue().isArray()) {
                problems.add(new InputProblem(file, null, "membership." + Limits.shown(e.getKey()),
                        Said.of("refusal.policy.notGroups")));
                return;
            }
            List<String> list = new ArrayList<>();
            e.getValue().forEach(g -> list.add(g.asString()));
            groups.put(CountryCode.of(e.getKey()), List.copyOf(list));
        });
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        JsonNode stamp = root.path("stamp");
        return new ExportControlGroups(stamp.path("source").asString(""), stamp.path("url").asString(""),
                stamp.path("asOf").asString(""), labels, groups);
    }
}
