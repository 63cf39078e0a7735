package org.bilateral.commitments.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.bilateral.commitments.ReportedValue;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.CsvProblems;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidValue;
import org.bilateral.shared.Said;
import org.bilateral.shared.TextFiles;
import org.bilateral.shared.Limits;
import org.bilateral.shared.NameKey;
import org.bilateral.shared.Period;
import org.bilateral.shared.UsState;
import org.jspecify.annotations.Nullable;

/**
 * A deals file: one row per report of a deal, as ../shared/data/deals/reported-deals.csv has them. Required columns
 * are id, date, status, buyer, buyer_country and item; value_usd_low/high give US dollars, or currency with
 * value_low/value_high, usd_rate and rate_date a value in another currency; plant_state the US state of the plant making
 * the goods, where the report names one, and seller_state the seller's own state (headquarters). Every problem is collected, each with its
 * line and column, so that one run shows them all.
 */
final class DealsFile {

    static final List<String> REQUIRED = List.of("id", "date", "status", "buyer", "buyer_country", "item");
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(\\.\\..+)?");
    private static final Pattern YEARS = Pattern.compile("(\\d{4})\\s*[-–]\\s*(\\d{4})");
    private static final Pattern SPAN = Pattern.compile("(\\d{1,4})\\s+(year|month)s?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLE = Pattern.compile("^(.*?)\\s*\\(([^)]*)\\)\\s*$");
    private static final Set<String> ROLES = Set.of("lender", "investor", "financier", "bank", "guarantor");

    /** One row read and checked. {@code role} is what the seller column's brackets say the named party is, if not the seller. */
    record Row(int line, String id, LocalDate date, String dateText, String status, StatusWords words, String buyer,
               CountryCode buyerCountry, @Nullable String seller, @Nullable String sellerRole, @Nullable CountryCode sellerCountry,
               String item, List<HsCode> hsCodes, @Nullable Long quantity, @Nullable String unit, @Nullable ReportedValue value,
               @Nullable Period window, @Nullable String windowText, @Nullable String url, @Nullable String note,
               @Nullable UsState plantState, @Nullable UsState sellerState) {
    }

    record Result(List<Row> rows, List<InputProblem> problems) {
    }

    private DealsFile() {
    }

    static Result read(Reader in, String fileName) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        // Cells are read as written (no trim by the parser, which would cut any control character off their ends unseen): each
        // is checked first, and only then are the spaces around it stripped.
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).setTrim(false).setIgnoreEmptyLines(true).get();
        CSVParser opened;
        try {
            opened = CSVParser.parse(TextFiles.withoutBom(in), format);
        } catch (IllegalArgumentException e) {
            return new Result(rows, List.of(CsvProblems.header(fileName, e)));
        } catch (UncheckedIOException e) {
            return new Result(rows, List.of(CsvProblems.record(fileName, e)));
        }
        try (CSVParser csv = opened) {
            Map<String, Integer> header = csv.getHeaderMap();
            for (String column : REQUIRED) {
                if (!header.containsKey(column)) {
                    problems.add(new InputProblem(fileName, InputProblem.line(1), column, Said.of("refusal.commitments.noColumn", column,
                            String.join(", ", REQUIRED))));
                }
            }
            if (!problems.isEmpty()) {
                return new Result(rows, problems);
            }
            for (CSVRecord record : csv) {
                Row row = row(record, new DealsFileCells(record, fileName, problems));
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (IllegalStateException | UncheckedIOException e) {
            problems.add(CsvProblems.record(fileName, e));
        }
        return new Result(rows, problems);
    }

    /** One record as a row; null when a cell the row cannot do without is refused (every problem is recorded). */
    private static @Nullable Row row(CSVRecord record, DealsFileCells f) {
        int line = (int) record.getRecordNumber() + 1;
        String id = f.required("id");
        String dateText = f.required("date");
        LocalDate date = dateText == null ? null : date(dateText, f);
        String status = f.required("status");
        StatusWords words = status == null ? null : words(status, f);
        String[] buyer = named(role(f.required("buyer")), "buyer", f);
        CountryCode buyerCountry = f.country("buyer_country", true);
        String[] seller = named(role(f.optional("seller")), "seller", f);
        CountryCode sellerCountry = f.country("seller_country", false);
        String item = f.required("item");
        List<HsCode> codes = hsCodes(f.optional("hs_code"), f);
        Long quantity = quantity(f);
        ReportedValue value = f.value();
        String windowText = f.optional("period");
        Period window = date == null ? null : window(windowText, date, f);
        UsState plantState = f.usState("plant_state");
        UsState sellerState = f.usState("seller_state");
        if (status != null && words != null && (words.kind() == StatusWords.Kind.NOT_A_PURCHASE || words.kind() == StatusWords.Kind.FINANCING)) {
            // an investment or a loan buys nothing, so from no state either
            if (plantState != null) {
                f.problem("plant_state", Said.of("refusal.commitments.stateOfNoPurchase", Limits.shown(status)));
            }
            if (sellerState != null) {
                f.problem("seller_state", Said.of("refusal.commitments.stateOfNoPurchase", Limits.shown(status)));
            }
        } else if (sellerState != null && (seller[0] == null || seller[1] != null)) {
            f.problem("seller_state", Said.of("refusal.commitments.stateWithoutSeller"));
        } else if (sellerState != null && sellerCountry != null && !sellerCountry.value().equals("US")) {
            f.problem("seller_state", Said.of("refusal.commitments.stateOfForeignSeller", sellerCountry.value()));
        }
        if (id == null || date == null || dateText == null || status == null || words == null || buyer[0] == null || buyerCountry == null
                || item == null) {
            return null;
        }
        return new Row(line, id, date, dateText, status, words, buyer[0], buyerCountry, seller[0], seller[1], sellerCountry,
                item, codes, quantity, f.optional("unit"), value, window, windowText, f.optional("source_url"), f.optional("note"),
                plantState, sellerState);
    }

    /** "2025-05-02", or "2025-05-02..04" for a visit of several days: the first day. */
    private static @Nullable LocalDate date(String text, DealsFileCells f) {
        Matcher m = DATE.matcher(text);
        LocalDate date;
        try {
            date = m.matches() ? LocalDate.parse(m.group(1)) : null;
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            f.problem("date", Said.of("refusal.commitments.notADealDate", Limits.shown(text)));
        }
        return date;
    }

    private static @Nullable StatusWords words(String status, DealsFileCells f) {
        StatusWords words = StatusWords.read(status).orElse(null);
        if (words == null) {
            f.problem("status", Said.of("refusal.commitments.unknownStage", Limits.shown(status)));
        }
        return words;
    }

    private static List<HsCode> hsCodes(@Nullable String hs, DealsFileCells f) {
        List<HsCode> codes = new ArrayList<>();
        if (hs != null) {
            for (String code : hs.split("[;,\\s]+")) {
                if (HsCode.isValid(code)) {
                    codes.add(HsCode.of(code));
                } else {
                    f.problem("hs_code", Said.of("refusal.commitments.notHsCodes", Limits.shown(code)));
                }
            }
        }
        return codes;
    }

    /** A quantity is a positive whole number: 2.5 aircraft or 0 tonnes are refused by their cell. */
    private static @Nullable Long quantity(DealsFileCells f) {
        BigDecimal quantity = f.number("quantity");
        if (quantity == null) {
            return null;
        }
        if (quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 0) {
            f.problem("quantity", Said.of("refusal.commitments.quantityWhole", quantity.toPlainString()));
            return null;
        }
        return quantity.longValueExact();
    }

    /**
     * A buyer or seller of no letters or digits ("-", "?") names no organisation the register could keep: refused by its
     * cell here, before anything is written, rather than by the directory halfway through the import.
     */
    private static @Nullable String[] named(@Nullable String[] name, String column, DealsFileCells f) {
        if (name[0] != null && NameKey.of(name[0]).length() < 2) {
            f.problem(column, Said.of("refusal.commitments.notAnOrganisation", Limits.shown(name[0])));
            return new String[] {null, null};
        }
        return name;
    }

    /** "Vietcombank (lender)" is a lender named Vietcombank; "PV Gas (Petrovietnam)" is PV Gas, of Petrovietnam. */
    private static @Nullable String[] role(@Nullable String name) {
        if (name == null) {
            return new String[] {null, null};
        }
        Matcher m = ROLE.matcher(name);
        if (m.matches() && !m.group(1).isBlank()) {
            String inBrackets = m.group(2).strip().toLowerCase(Locale.ROOT);
            return new String[] {m.group(1).strip(), ROLES.contains(inBrackets) ? inBrackets : null};
        }
        return new String[] {name.strip(), null};
    }

    /** "2016-2030", "3 years" (from the report's month), "2026-Q3", "2026-07/2027-06"; "long-term" and the like give no window. */
    private static @Nullable Period window(@Nullable String text, LocalDate date, DealsFileCells f) {
        if (text == null) {
            return null;
        }
        try {
            return windowOrNull(text, date, f);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            // "0001-9999" or "99999 years": a window outside the years a period may lie in, said by its cell
            f.problem("period", Said.of("refusal.commitments.windowYears", Limits.shown(text), String.valueOf(Period.FIRST_YEAR),
                    String.valueOf(Period.LAST_YEAR)));
            return null;
        }
    }

    private static @Nullable Period windowOrNull(String text, LocalDate date, DealsFileCells f) {
        Matcher m = YEARS.matcher(text);
        if (m.matches()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            if (to < from) {
                f.problem("period", Said.of("refusal.commitments.windowBackwards", Limits.shown(String.valueOf(text))));
                return null;
            }
            return new Period(YearMonth.of(from, 1), YearMonth.of(to, 12));
        }
        m = SPAN.matcher(text);
        if (m.matches()) {
            int months = Integer.parseInt(m.group(1)) * (m.group(2).equalsIgnoreCase("year") ? 12 : 1);
            if (months == 0) {
                f.problem("period", Said.of("refusal.commitments.windowEmpty"));
                return null;
            }
            YearMonth first = YearMonth.from(date);
            return new Period(first, first.plusMonths(months - 1L));
        }
        if (!text.matches(".*\\d.*")) {
            return null;
        }
        try {
            return Period.parse(text);
        } catch (InvalidValue e) {
            f.problem("period", Said.of("refusal.commitments.windowOr", e.said()));
            return null;
        }
    }
}
