package org.bilateral.policy;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.CsvProblems;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Period;
import org.bilateral.shared.Said;
import org.bilateral.shared.InvalidValue;

/**
 * An asks file, as ../shared/data/policy/vietnam-us-asks.csv: one row per ask as stated, with date, side, ask and
 * topic required, and statement_vi (the ask in Vietnamese), where_said, who, source_url, quote and note. The file is about two sides; each row's ask is
 * addressed to the other. Every problem is collected with its line and column, so one run shows them all.
 */
final class AsksFile {

    static final List<String> REQUIRED = List.of("date", "side", "ask", "topic");

    /**
     * The columns of one line each: a date, a code, a topic, the ask as a table shows it, a place, a name, an address.
     * A quote and a note may run over paragraphs, as a statement quoted whole or a remark does, so those two may hold
     * line breaks (Limits.textProblem) while these may hold no control character at all (Limits.lineProblem).
     */
    static final List<String> ONE_LINE = List.of("date", "side", "ask", "statement_vi", "topic", "where_said", "who", "source_url");
    static final List<String> MULTI_LINE = List.of("quote", "note");

    /** One row read and checked. */
    record Row(int line, LocalDate date, CountryCode side, String ask, PolicyTopic topic, @Nullable String whereSaid,
               @Nullable String who, @Nullable String sourceUrl, @Nullable String quote, @Nullable String note,
               @Nullable String statementVi) {
    }

    record Result(List<Row> rows, Set<CountryCode> sides, List<InputProblem> problems) {
    }

    private AsksFile() {
    }

    static Result read(Reader in, String fileName) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        Set<CountryCode> sides = new LinkedHashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
        CSVParser parser;
        try {
            parser = CSVParser.parse(in, format);
        } catch (IllegalArgumentException e) {
            problems.add(CsvProblems.header(fileName, e));
            return new Result(rows, sides, problems);
        }
        try (parser) {
            for (String column : REQUIRED) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    problems.add(new InputProblem(fileName, InputProblem.line(1), column, Said.of("refusal.policy.noColumn", column)));
                }
            }
            if (!problems.isEmpty()) {
                return new Result(rows, sides, problems);
            }
            for (CSVRecord record : parser) {
                Row row = row(record, (int) parser.getCurrentLineNumber(), fileName, problems, sides);
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            problems.add(CsvProblems.record(fileName, e));
        }
        if (problems.isEmpty() && sides.size() != 2) {
            problems.add(new InputProblem(fileName, null, "side", sides.isEmpty() ? Said.of("refusal.policy.twoSidesNone")
                    : Said.of("refusal.policy.twoSides", String.valueOf(sides.size()), String.join(", ", sides.stream().map(CountryCode::value).toList()))));
        }
        return new Result(rows, sides, problems);
    }

    /** A cell as written, spaces and all; empty where the row has no such column. */
    private static String raw(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
    }

    /** One record as a row, or null with its problems added; each side named is added to {@code sides}. */
    private static @Nullable Row row(CSVRecord record, int line, String fileName, List<InputProblem> problems, Set<CountryCode> sides) {
        Said where = InputProblem.line(line);
        int before = problems.size();
        // Each cell is asked as written, before field() strips its spaces: a trailing tab or U+0007 in a name is
        // refused by its column, not trimmed away (issue 27). The row goes no further, so one problem each.
        for (String column : ONE_LINE) {
            Limits.lineSaid(raw(record, column)).ifPresent(p -> problems.add(new InputProblem(fileName, where, column, p)));
        }
        for (String column : MULTI_LINE) {
            Limits.textSaid(raw(record, column)).ifPresent(p -> problems.add(new InputProblem(fileName, where, column, p)));
        }
        if (problems.size() > before) {
            return null;
        }
        LocalDate date = date(field(record, "date"), fileName, where, problems);
        CountryCode side = null;
        try {
            side = CountryCode.of(field(record, "side"));
            sides.add(side);
        } catch (IllegalArgumentException e) {
            problems.add(new InputProblem(fileName, where, "side", InvalidValue.said(e)));
        }
        PolicyTopic topic = null;
        try {
            topic = PolicyTopic.parse(field(record, "topic"));
        } catch (IllegalArgumentException e) {
            problems.add(new InputProblem(fileName, where, "topic", InvalidValue.said(e)));
        }
        String ask = field(record, "ask");
        if (ask.isEmpty()) {
            problems.add(new InputProblem(fileName, where, "ask", Said.of("refusal.policy.askEmpty")));
        }
        String url = field(record, "source_url");
        Limits.webAddressProblem(url).ifPresent(p -> problems.add(new InputProblem(fileName, where, "source_url", Said.asWritten(p))));
        // no problem in the row means its date, side and topic were read
        if (problems.size() != before || date == null || side == null || topic == null) {
            return null;
        }
        return new Row(line, date, side, ask, topic, blankless(field(record, "where_said")), blankless(field(record, "who")),
                blankless(url), blankless(field(record, "quote")), blankless(field(record, "note")),
                blankless(field(record, "statement_vi")));
    }

    /** A row's date, or null with its problem added: empty, not a date, or outside the years the workbench holds. */
    private static @Nullable LocalDate date(String dateText, String fileName, Said where, List<InputProblem> problems) {
        try {
            LocalDate date = LocalDate.parse(dateText);
            if (!Period.withinYears(date.getYear())) {
                problems.add(new InputProblem(fileName, where, "date", Said.of("refusal.policy.notADateOfYears", dateText,
                        String.valueOf(Period.FIRST_YEAR), String.valueOf(Period.LAST_YEAR))));
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new InputProblem(fileName, where, "date",
                    dateText.isEmpty() ? Said.of("refusal.policy.empty") : Said.of("refusal.commitments.notADate", Limits.shown(dateText))));
            return null;
        }
    }

    /** A cell with the spaces around it stripped, once {@link #raw} has been checked to hold no control character. */
    private static String field(CSVRecord record, String column) {
        return raw(record, column).strip();
    }

    private static @Nullable String blankless(@Nullable String text) {
        return Optional.ofNullable(text).filter(t -> !t.isBlank()).orElse(null);
    }
}
