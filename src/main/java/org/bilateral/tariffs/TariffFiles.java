package org.bilateral.tariffs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bilateral.shared.CsvFiles;
import org.bilateral.shared.CsvProblems;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Said;
import org.bilateral.shared.TextFiles;
import org.jspecify.annotations.Nullable;

/**
 * Reads the two schedule files (the layout of {@code ../shared/data/tariffs}, see its README) and checks every field,
 * naming file, line and field of each problem; the files are taken whole or not at all.
 */
final class TariffFiles {

    static final String MFN = "vietnam-mfn-applied.csv";
    static final String PREFERENTIAL = "vietnam-preferential-rates.csv";

    private static final List<String> MFN_COLUMNS = List.of("hscode", "mfn_rate_percent", "year", "source", "out_of_quota_rate_percent",
            "mfn_rate_text", "general_rate_text");
    private static final Pattern EIGHT_DIGITS = Pattern.compile("[0-9]{8}");
    private static final Pattern YEAR = Pattern.compile("(19|20)[0-9]{2}");

    /** A line as the files give it: the MFN file's fields and the preferential file's printed values, in its column order. */
    record Row(HsCode code, @Nullable BigDecimal mfnPercent, @Nullable String mfnText, @Nullable BigDecimal outOfQuotaPercent,
               @Nullable String generalText, List<String> printed) {
    }

    /** The two files read and checked: lines in code order, the agreements the preferential file prints, and the year. */
    record Snapshot(List<Row> rows, List<Agreement> agreements, int year) {

        int preferences() {
            return rows.size() * agreements.size();
        }

        int unpriced() {
            return (int) rows.stream().filter(r -> r.mfnPercent() == null).count();
        }
    }

    private TariffFiles() {
    }

    /** Both files' bytes read and checked together; every problem of both is listed, and nothing is taken. */
    static Snapshot read(byte[] mfn, byte[] preferential, LongConsumer rowsRead) {
        List<InputProblem> problems = new ArrayList<>();
        Map<String, MfnRow> mfnRows = new LinkedHashMap<>();
        Map<String, Long> mfnLines = new LinkedHashMap<>();
        int[] year = {0};
        long[] read = {0};
        each(mfn, MFN, problems, header -> MFN_COLUMNS.stream().filter(c -> !header.contains(c)).toList(), (record, line) -> {
            read[0]++;
            rowsRead.accept(read[0]);
            Cells c = new Cells(record, MFN, line, problems);
            String code = c.code();
            String rate = c.text("mfn_rate_percent");
            String text = c.text("mfn_rate_text");
            BigDecimal mfnRate = null;
            if (rate != null) {
                mfnRate = c.rate("mfn_rate_percent", rate);
            } else if (text == null) {
                c.problem("mfn_rate_percent", Said.of("refusal.tariffs.noMfnRate"));
            }
            String quota = c.text("out_of_quota_rate_percent");
            BigDecimal outOfQuota = quota == null ? null : c.rate("out_of_quota_rate_percent", quota);
            String y = c.text("year");
            if (y == null || !YEAR.matcher(y).matches()) {
                c.problem("year", Said.of("refusal.tariffs.notAYear", y == null ? "" : Limits.shown(y)));
            } else if (year[0] == 0) {
                year[0] = Integer.parseInt(y);
            } else if (year[0] != Integer.parseInt(y)) {
                c.problem("year", Said.of("refusal.tariffs.yearDiffers", y, String.valueOf(year[0])));
            }
            if (code != null) {
                Long first = mfnLines.putIfAbsent(code, line);
                if (first != null) {
                    c.problem("hscode", Said.of("refusal.tariffs.lineTwice", code, String.valueOf(first)));
                } else if (!c.failed) {
                    mfnRows.put(code, new MfnRow(mfnRate, text, outOfQuota, c.text("general_rate_text")));
                }
            }
        });
        List<Agreement> agreements = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        Map<String, List<String>> printed = new HashMap<>();
        Map<String, Long> prefLines = new LinkedHashMap<>();
        each(preferential, PREFERENTIAL, problems, header -> {
            List<String> missing = new ArrayList<>();
            if (!header.contains("hscode")) {
                missing.add("hscode");
            }
            for (Agreement a : Agreement.values()) {
                if (header.contains(a.column())) {
                    agreements.add(a);
                    columns.add(a.column());
                } else {
                    missing.add(a.column());
                }
            }
            return missing;
        }, (record, line) -> {
            read[0]++;
            rowsRead.accept(read[0]);
            Cells c = new Cells(record, PREFERENTIAL, line, problems);
            String code = c.code();
            List<String> values = new ArrayList<>(columns.size());
            for (String column : columns) {
                String v = record.isSet(column) ? record.get(column) : "";
                Said problem = PrintedRates.problem(v);
                if (problem != null) {
                    c.problem(column, problem);
                }
                values.add(v.strip());
            }
            if (code != null) {
                Long first = prefLines.putIfAbsent(code, line);
                if (first != null) {
                    c.problem("hscode", Said.of("refusal.tariffs.lineTwice", code, String.valueOf(first)));
                } else if (!c.failed) {
                    printed.put(code, List.copyOf(values));
                }
            }
        });
        // the files are matched line by line once each is right by itself: a code mistyped in one is said once, where it is
        if (problems.isEmpty()) {
            for (Map.Entry<String, Long> e : prefLines.entrySet()) {
                if (!mfnLines.containsKey(e.getKey())) {
                    problems.add(new InputProblem(PREFERENTIAL, InputProblem.line(e.getValue()), "hscode",
                            Said.of("refusal.tariffs.notInOther", e.getKey(), MFN)));
                }
            }
            for (Map.Entry<String, Long> e : mfnLines.entrySet()) {
                if (!prefLines.containsKey(e.getKey())) {
                    problems.add(new InputProblem(MFN, InputProblem.line(e.getValue()), "hscode",
                            Said.of("refusal.tariffs.notInOther", e.getKey(), PREFERENTIAL)));
                }
            }
        }
        if (mfnLines.isEmpty() && problems.isEmpty()) {
            problems.add(new InputProblem(MFN, null, null, Said.of("refusal.tariffs.noLines")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<Row> rows = new ArrayList<>(mfnRows.size());
        mfnRows.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            MfnRow m = e.getValue();
            rows.add(new Row(new HsCode(e.getKey()), m.rate, m.text, m.outOfQuota, m.general, printed.getOrDefault(e.getKey(), List.of())));
        });
        return new Snapshot(List.copyOf(rows), List.copyOf(agreements), year[0]);
    }

    private record MfnRow(@Nullable BigDecimal rate, @Nullable String text, @Nullable BigDecimal outOfQuota, @Nullable String general) {
    }

    private interface Header {
        List<String> missing(java.util.Set<String> header);
    }

    private interface RowReader {
        void row(CSVRecord record, long line);
    }

    private static void each(byte[] bytes, String fileName, List<InputProblem> problems, Header header, RowReader reader) {
        CSVParser parser = CsvFiles.withHeader(bytes, fileName, problems);
        if (parser == null) {
            return;
        }
        try (parser) {
            List<String> missing = header.missing(parser.getHeaderMap().keySet());
            for (String column : missing) {
                problems.add(new InputProblem(fileName, InputProblem.line(1), column, Said.of("refusal.tariffs.noColumn", column)));
            }
            if (!missing.isEmpty()) {
                return;
            }
            for (CSVRecord record : parser) {
                reader.row(record, parser.getCurrentLineNumber());
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            problems.add(CsvProblems.record(fileName, e));
        } catch (IOException e) {
            problems.add(new InputProblem(fileName, null, null, TextFiles.NOT_UTF8));
        }
    }

    /** One record's fields, each problem named by file, line and field. */
    private static final class Cells {
        private final CSVRecord record;
        private final String file;
        private final long line;
        private final List<InputProblem> problems;
        boolean failed;

        Cells(CSVRecord record, String file, long line, List<InputProblem> problems) {
            this.record = record;
            this.file = file;
            this.line = line;
            this.problems = problems;
        }

        @Nullable String text(String column) {
            String v = record.isSet(column) ? record.get(column).strip() : "";
            return v.isEmpty() ? null : v;
        }

        @Nullable String code() {
            String code = Optional.ofNullable(text("hscode")).orElse("");
            if (!EIGHT_DIGITS.matcher(code).matches()) {
                problem("hscode", Said.of("refusal.tariffs.notEightDigits", Limits.shown(code)));
                return null;
            }
            return code;
        }

        @Nullable BigDecimal rate(String column, String printed) {
            try {
                return PrintedRates.number(printed);
            } catch (PrintedRates.NotARate e) {
                problem(column, e.why());
                return null;
            }
        }

        void problem(String column, Said what) {
            failed = true;
            problems.add(new InputProblem(file, InputProblem.line(line), column, what));
        }
    }
}
