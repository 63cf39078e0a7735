package org.bilateral.commitments.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.bilateral.shared.TextFiles;
import org.bilateral.shared.Limits;
import org.bilateral.shared.NameKey;
import org.bilateral.shared.Period;

/**
 * A deals file: one row per report of a deal, as ../shared/data/deals/reported-deals.csv has them. Required columns
 * are id, date, status, buyer, buyer_country and item; value_usd_low/high give US dollars, or currency with
 * value_low/value_high, usd_rate and rate_date a value in another currency. Every problem is collected, each with its
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
               CountryCode buyerCountry, String seller, String sellerRole, CountryCode sellerCountry, String item,
               List<HsCode> hsCodes, Long quantity, String unit, ReportedValue value, Period window, String windowText,
               String url, String note) {
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
                    problems.add(new InputProblem(fileName, "line 1", column, "the header has no column '" + column
                            + "' (required: " + String.join(", ", REQUIRED) + ")"));
                }
            }
            if (!problems.isEmpty()) {
                return new Result(rows, problems);
            }
            for (CSVRecord record : csv) {
                Fields f = new Fields(record, fileName, problems);
                int line = (int) record.getRecordNumber() + 1;
                String id = f.required("id");
                LocalDate date = null;
                String dateText = f.required("date");
                if (dateText != null) {
                    Matcher m = DATE.matcher(dateText);
                    try {
                        date = m.matches() ? LocalDate.parse(m.group(1)) : null;
                    } catch (DateTimeParseException e) {
                        date = null;
                    }
                    if (date == null) {
                        f.problem("date", Limits.shown(String.valueOf(dateText)) + " is not a date (YYYY-MM-DD, or YYYY-MM-DD..DD for several days)");
                    }
                }
                String status = f.required("status");
                StatusWords words = null;
                if (status != null) {
                    words = StatusWords.read(status).orElse(null);
                    if (words == null) {
                        f.problem("status", Limits.shown(String.valueOf(status)) + " names no stage Bilateral knows: use words such as announced, MOU, "
                                + "framework agreement, purchase agreement, contract, order, in delivery, delivered, cancelled, lapsed");
                    }
                }
                String[] buyer = named(role(f.required("buyer")), "buyer", f);
                CountryCode buyerCountry = f.country("buyer_country", true);
                String[] seller = named(role(f.optional("seller")), "seller", f);
                CountryCode sellerCountry = f.country("seller_country", false);
                String item = f.required("item");
                List<HsCode> codes = new ArrayList<>();
                String hs = f.optional("hs_code");
                if (hs != null) {
                    for (String code : hs.split("[;,\\s]+")) {
                        if (HsCode.isValid(code)) {
                            codes.add(HsCode.of(code));
                        } else {
                            f.problem("hs_code", Limits.shown(String.valueOf(code)) + " is not an HS code (2, 4, 6, 8 or 10 digits; several separated by ';')");
                        }
                    }
                }
                BigDecimal quantity = f.number("quantity");
                Long q = null;
                if (quantity != null) {
                    if (quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 0) {
                        f.problem("quantity", "a quantity is a positive whole number: " + quantity.toPlainString());
                    } else {
                        q = quantity.longValueExact();
                    }
                }
                ReportedValue value = f.value();
                String windowText = f.optional("period");
                Period window = date == null ? null : window(windowText, date, f);
                if (id != null && date != null && words != null && buyer[0] != null && buyerCountry != null && item != null) {
                    rows.add(new Row(line, id, date, dateText, status, words, buyer[0], buyerCountry, seller[0], seller[1], sellerCountry,
                            item, codes, q, f.optional("unit"), value, window, windowText, f.optional("source_url"), f.optional("note")));
                }
            }
        } catch (IllegalStateException | UncheckedIOException e) {
            problems.add(CsvProblems.record(fileName, e));
        }
        return new Result(rows, problems);
    }

    /**
     * A buyer or seller of no letters or digits ("-", "?") names no organisation the register could keep: refused by its
     * cell here, before anything is written, rather than by the directory halfway through the import.
     */
    private static String[] named(String[] name, String column, Fields f) {
        if (name[0] != null && NameKey.of(name[0]).length() < 2) {
            f.problem(column, Limits.shown(name[0]) + " is not the name of an organisation");
            return new String[] {null, null};
        }
        return name;
    }

    /** "Vietcombank (lender)" is a lender named Vietcombank; "PV Gas (Petrovietnam)" is PV Gas, of Petrovietnam. */
    private static String[] role(String name) {
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
    private static Period window(String text, LocalDate date, Fields f) {
        if (text == null) {
            return null;
        }
        try {
            return windowOrNull(text, date, f);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            // "0001-9999" or "99999 years": a window outside the years a period may lie in, said by its cell
            f.problem("period", Limits.shown(text) + " is not a delivery window of the years " + Period.YEARS);
            return null;
        }
    }

    private static Period windowOrNull(String text, LocalDate date, Fields f) {
        Matcher m = YEARS.matcher(text);
        if (m.matches()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            if (to < from) {
                f.problem("period", Limits.shown(String.valueOf(text)) + " ends before it starts");
                return null;
            }
            return new Period(YearMonth.of(from, 1), YearMonth.of(to, 12));
        }
        m = SPAN.matcher(text);
        if (m.matches()) {
            int months = Integer.parseInt(m.group(1)) * (m.group(2).equalsIgnoreCase("year") ? 12 : 1);
            if (months == 0) {
                f.problem("period", "a delivery window of no months");
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
        } catch (IllegalArgumentException e) {
            f.problem("period", e.getMessage() + ", 'YYYY-YYYY' or 'N years'");
            return null;
        }
    }

    /** One record's fields, reporting each problem with the record's line and the column's name. */
    private static final class Fields {
        private final CSVRecord record;
        private final String fileName;
        private final List<InputProblem> problems;

        Fields(CSVRecord record, String fileName, List<InputProblem> problems) {
            this.record = record;
            this.fileName = fileName;
            this.problems = problems;
        }

        String optional(String column) {
            if (!record.isMapped(column) || !record.isSet(column)) {
                return null;
            }
            String v = record.get(column);
            // Asked of the cell as written, before any spaces are stripped: a name, a code or a date never holds a tab or a
            // line break, even a trailing one; only the note may run over lines.
            Optional<String> wrong = column.equals("note") ? Limits.textProblem(v) : Limits.lineProblem(v);
            if (wrong.isPresent()) {
                // Every download must hold what is stored: a spreadsheet cell holds 32,767 characters, a name far fewer.
                problem(column, wrong.get());
                return null;
            }
            return v == null || v.isBlank() ? null : v.strip();
        }

        String required(String column) {
            String v = optional(column);
            if (v == null && (!record.isMapped(column) || !record.isSet(column) || record.get(column).isBlank())) {
                problem(column, "is empty");
            }
            return v;
        }

        CountryCode country(String column, boolean required) {
            String v = required ? required(column) : optional(column);
            if (v == null) {
                return null;
            }
            try {
                return CountryCode.of(v);
            } catch (IllegalArgumentException e) {
                problem(column, Limits.shown(String.valueOf(v)) + " is not an ISO 3166 two-letter country code");
                return null;
            }
        }

        BigDecimal number(String column) {
            String v = optional(column);
            if (v == null) {
                return null;
            }
            try {
                return Limits.number(v);
            } catch (IllegalArgumentException e) {
                problem(column, e.getMessage());
                return null;
            }
        }

        /** An amount of money, kept to the cent as every amount is: 0.005 is refused by its column, never stored as 0.00. */
        BigDecimal money(String column) {
            BigDecimal v = number(column);
            Optional<String> wrong = Limits.centsProblem(v);
            if (wrong.isPresent()) {
                problem(column, wrong.get());
                return null;
            }
            return v;
        }

        LocalDate date(String column) {
            String v = optional(column);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                problem(column, Limits.shown(String.valueOf(v)) + " is not a date (YYYY-MM-DD)");
                return null;
            }
        }

        /** US dollars in value_usd_low/high, or another currency with its rate and the rate's date. */
        ReportedValue value() {
            String currencyCode = optional("currency");
            boolean usd = currencyCode == null || currencyCode.equalsIgnoreCase("USD");
            String lowColumn = usd && optional("value_low") == null && optional("value_high") == null ? "value_usd_low" : "value_low";
            String highColumn = lowColumn.equals("value_low") ? "value_high" : "value_usd_high";
            BigDecimal low = money(lowColumn);
            BigDecimal high = money(highColumn);
            if (low == null && high == null) {
                return null;
            }
            Currency currency;
            try {
                currency = Currency.getInstance(usd ? "USD" : currencyCode.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem("currency", Limits.shown(String.valueOf(currencyCode)) + " is not an ISO 4217 currency code");
                return null;
            }
            try {
                return new ReportedValue(currency, low, high, number("usd_rate"), date("rate_date"));
            } catch (IllegalArgumentException e) {
                problem(e.getMessage().contains("rate") ? "usd_rate" : lowColumn, e.getMessage());
                return null;
            }
        }

        void problem(String column, String message) {
            problems.add(new InputProblem(fileName, "line " + (record.getRecordNumber() + 1), column, message));
        }
    }
}
