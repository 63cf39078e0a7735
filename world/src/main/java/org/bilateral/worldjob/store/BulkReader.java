package org.bilateral.worldjob.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads one Comtrade bulk file (the current FINAL layout, ../shared/data/formats/comtrade-bulk.md) under the rules of the
 * workbench's ComtradeRecord, so that the world screen and the route screen keep the same rows: totals only (breakdowns
 * by second partner, customs procedure, transport mode or mode of supply are skipped and counted), flows M, X, RM, RX
 * (other flows skipped and counted), HS classifications, annual periods. Unlike the workbench, every partner is kept as
 * its M49 code (regions and "nes" areas too): the screen decides which partners are countries.
 *
 * <p>The file is streamed: gzip is recognised by its magic bytes, a byte-order mark is passed over, tab or comma is
 * taken from the header line, and header names are matched without regard to case (the files write "cifValue" or
 * "CIFValue"). Each refusal names file, line (1 = the header) and field; nothing is rounded, truncated or trimmed of
 * anything but spaces. Once a problem is found no more rows are handed on, but the file is read to its end so that the
 * report counts every problem.
 */
public final class BulkReader {

    /** Where kept rows go (the store's partition writers). */
    public interface RowSink {
        void accept(FlowRow row) throws IOException;
    }

    /** What reading a file gave; {@code problems} empty when it may be kept. */
    public record Summary(long rowsRead, long rowsKept, Map<String, Long> skipped, boolean synthetic, List<String> problems) {
        public boolean refused() {
            return !problems.isEmpty();
        }
    }

    static final String BREAKDOWNS = "breakdowns by second partner, customs procedure, transport mode or mode of supply";
    static final int FIRST_YEAR = 1988;
    static final int LAST_YEAR = 2100;
    static final String AMOUNT_RANGE = "a non-negative amount in US dollars below 10,000,000,000,000,000 with at most 6 decimals";
    static final String QUANTITY_RANGE = "a number below 1,000,000,000,000,000,000 with at most 6 decimals; blank or negative for none";

    private static final int MOST_SKIP_REASONS = 50;
    private static final BigDecimal AMOUNT_LIMIT = new BigDecimal("1E16");
    private static final BigDecimal QUANTITY_LIMIT = new BigDecimal("1E18");
    private static final List<String> REQUIRED = List.of("freqCode", "period", "reporterCode", "flowCode", "partnerCode",
            "classificationCode", "cmdCode", "primaryValue");
    private static final List<String> OPTIONAL = List.of("partner2Code", "customsCode", "motCode", "mosCode", "qtyUnitCode",
            "qty", "synthetic");
    private static final int FREQ = 0, PERIOD = 1, REPORTER = 2, FLOW = 3, PARTNER = 4, CLASSIFICATION = 5, CMD = 6,
            VALUE = 7, PARTNER2 = 8, CUSTOMS = 9, MOT = 10, MOS = 11, UNIT = 12, QTY = 13, SYNTHETIC = 14;
    private static final String[] NAMES = concat();

    private final String name;
    private final Problems problems;
    private final Map<String, Long> skipped = new LinkedHashMap<>();
    /** For each column of the file, the slot of the field read from it (an index of NAMES), or -1. */
    private int[] slotOfColumn = new int[0];
    private int columns;
    private char delimiter;
    private final @Nullable String[] values = new String[NAMES.length];
    private boolean synthetic;
    private boolean monthly;
    private long rowsRead;
    private long rowsKept;

    private BulkReader(String name) {
        this.name = name;
        this.problems = new Problems(name);
    }

    /**
     * Reads the file's bytes (gzip or plain), handing each kept row to the sink while no problem has been found.
     *
     * @param name the file's name, as problems quote it
     */
    public static Summary read(String name, InputStream raw, RowSink sink) throws IOException {
        BulkReader reader = new BulkReader(name);
        BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        InputStream bytes = first == 0x1f && second == 0x8b ? new GZIPInputStream(buffered, 1 << 16) : buffered;
        BulkLines lines = new BulkLines(new InputStreamReader(bytes, StandardCharsets.UTF_8));
        try {
            reader.readLines(lines, sink);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            // a truncated or damaged download: the file is refused, not the import failed
            reader.problems.add(lines.number() + 1, "(file)", "the gzip stream is broken after line " + lines.number()
                    + " (" + e.getMessage() + "): download the file again");
        }
        return new Summary(reader.rowsRead, reader.rowsKept, Map.copyOf(reader.skipped), reader.synthetic,
                reader.problems.shown());
    }

    private void readLines(BulkLines lines, RowSink sink) throws IOException {
        if (!lines.next()) {
            problems.add(1, "(header)", "the file is empty: a bulk file starts with a header line naming its columns");
            return;
        }
        if (!header(lines)) {
            return;
        }
        while (lines.next()) {
            if (lines.length() == 0 && !lines.tooLong()) {
                skipped.merge("empty lines", 1L, Long::sum); // a blank line holds no figure (often the file's last)
                continue;
            }
            rowsRead++;
            FlowRow row = row(lines);
            if (monthly) {
                return; // refused whole: one problem says why, the rest would say it again
            }
            if (row != null && !problems.any()) {
                rowsKept++;
                sink.accept(row);
            }
        }
    }

    private boolean header(BulkLines lines) {
        char[] chars = lines.chars();
        int start = lines.length() > 0 && chars[0] == '\uFEFF' ? 1 : 0;
        if (lines.tooLong()) {
            problems.add(1, "(header)", "the header line is longer than " + BulkLines.LONGEST + " characters");
            return false;
        }
        String text = new String(chars, start, lines.length() - start);
        delimiter = text.indexOf('\t') >= 0 ? '\t' : text.indexOf(',') >= 0 ? ',' : 0;
        if (delimiter == 0) {
            problems.add(1, "(header)", "the header is neither tab- nor comma-separated: " + Problems.quoted(text));
            return false;
        }
        String[] names = text.split(delimiter == '\t' ? "\t" : ",", -1);
        columns = names.length;
        slotOfColumn = new int[columns];
        Arrays.fill(slotOfColumn, -1);
        Map<String, Integer> slotByLowerName = new HashMap<>();
        for (int i = 0; i < NAMES.length; i++) {
            slotByLowerName.put(NAMES[i].toLowerCase(Locale.ROOT), i);
        }
        boolean[] found = new boolean[NAMES.length];
        boolean good = true;
        for (int c = 0; c < columns; c++) {
            String column = unquoted(names[c].strip()).toLowerCase(Locale.ROOT);
            Integer slot = slotByLowerName.get(column);
            if (slot != null) {
                if (found[slot]) {
                    problems.add(1, NAMES[slot], "named twice in the header");
                    good = false;
                }
                found[slot] = true;
                slotOfColumn[c] = slot;
            }
        }
        for (int slot = 0; slot < REQUIRED.size(); slot++) {
            if (!found[slot]) {
                problems.add(1, NAMES[slot], "missing from the header (a FINAL bulk file has " + String.join(", ", REQUIRED) + ")");
                good = false;
            }
        }
        return good;
    }

    private static String unquoted(String text) {
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }

    /** The line's row; null when it is skipped or refused (the problem noted). */
    private @Nullable FlowRow row(BulkLines lines) {
        long line = lines.number();
        if (!split(lines)) {
            return null;
        }
        for (int slot = 0; slot < NAMES.length; slot++) {
            String wrong = characterProblem(values[slot]);
            if (wrong != null) {
                problems.add(line, NAMES[slot], wrong);
                return null;
            }
        }
        String syntheticText = strip(values[SYNTHETIC]);
        if (syntheticText.equalsIgnoreCase("true")) {
            synthetic = true;
        } else if (!syntheticText.isEmpty() && !syntheticText.equalsIgnoreCase("false")) {
            return refuse(line, SYNTHETIC, Problems.quoted(syntheticText) + " is not true, false or blank");
        }
        String classification = strip(values[CLASSIFICATION]);
        if (!(classification.length() == 2 && classification.charAt(0) == 'H' && classification.charAt(1) >= '0'
                && classification.charAt(1) <= '6')) {
            return refuse(line, CLASSIFICATION, Problems.quoted(classification)
                    + " is not a Harmonized System classification (H0 = HS 1992 … H6 = HS 2022)");
        }
        int partner2 = code(values[PARTNER2], 999);
        if (partner2 < 0) {
            return refuse(line, PARTNER2, Problems.quoted(strip(values[PARTNER2])) + " is not an area code from 0 to 999");
        }
        int mot = code(values[MOT], 9999);
        if (mot < 0) {
            return refuse(line, MOT, Problems.quoted(strip(values[MOT])) + " is not a whole number from 0 to 9999");
        }
        int mos = code(values[MOS], 9999);
        if (mos < 0) {
            return refuse(line, MOS, Problems.quoted(strip(values[MOS])) + " is not a whole number from 0 to 9999");
        }
        String customs = strip(values[CUSTOMS]);
        if (!isCustomsCode(customs)) {
            return refuse(line, CUSTOMS, Problems.quoted(customs) + " is not a customs code (1 to 8 letters and digits, or blank)");
        }
        if (partner2 != 0 || mot != 0 || mos != 0 || !(customs.isEmpty() || customs.equalsIgnoreCase("C00"))) {
            skipped.merge(BREAKDOWNS, 1L, Long::sum);
            return null;
        }
        String flow = strip(values[FLOW]).toUpperCase(Locale.ROOT);
        if (!(flow.equals("M") || flow.equals("X") || flow.equals("RM") || flow.equals("RX"))) {
            if (flow.matches("[A-Z]{2,4}")) {
                // each other flow counted by its code, up to a bound: a file of a million invented codes keeps one count
                String why = "flows other than imports, exports, re-imports and re-exports (" + flow + ")";
                skipped.merge(skipped.containsKey(why) || skipped.size() < MOST_SKIP_REASONS ? why
                        : "flows other than imports, exports, re-imports and re-exports (other codes)", 1L, Long::sum);
                return null;
            }
            return refuse(line, FLOW, Problems.quoted(strip(values[FLOW]))
                    + " is not a flow code (M, X, RM, RX; other flows of 2 to 4 letters are skipped)");
        }
        int reporter = strip(values[REPORTER]).isEmpty() ? -1 : code(values[REPORTER], 999);
        if (reporter < 1) {
            return refuse(line, REPORTER, Problems.quoted(strip(values[REPORTER])) + " is not a UN M49 area code from 1 to 999");
        }
        int partner = strip(values[PARTNER]).isEmpty() ? -1 : code(values[PARTNER], 999);
        if (partner < 0) {
            return refuse(line, PARTNER, Problems.quoted(strip(values[PARTNER]))
                    + " is not a UN M49 area code from 0 (World) to 999");
        }
        int year = year(line);
        if (year < 0) {
            return null;
        }
        String cmd = strip(values[CMD]);
        if (cmd.equalsIgnoreCase("TOTAL")) {
            cmd = "TOTAL";
        } else if (!(cmd.length() == 2 || cmd.length() == 4 || cmd.length() == 6) || !digits(cmd)) {
            return refuse(line, CMD, Problems.quoted(cmd) + " is neither TOTAL nor an HS code of 2, 4 or 6 digits");
        }
        String valueText = strip(values[VALUE]);
        if (valueText.isEmpty()) {
            return refuse(line, VALUE, "empty (" + AMOUNT_RANGE + ")");
        }
        BigDecimal value = amount(valueText, 16);
        if (value == null) {
            return refuse(line, VALUE, Problems.quoted(valueText) + " is not " + AMOUNT_RANGE);
        }
        String unitText = strip(values[UNIT]);
        Integer unit = null;
        if (!unitText.isEmpty()) {
            boolean none = unitText.equals("-1") || unitText.equals("-1.0");
            int u = none ? -1 : code(unitText, 99);
            if (u < 0 && !none) {
                return refuse(line, UNIT, Problems.quoted(unitText) + " is not a quantity unit code (a whole number from -1 to 99)");
            }
            unit = u == -1 || u == 1 ? null : u; // -1 "not available" and 1 "no quantity" name no unit
        }
        String qtyText = strip(values[QTY]);
        BigDecimal qty = null;
        if (!qtyText.isEmpty()) {
            boolean negative = qtyText.startsWith("-");
            BigDecimal q = amount(negative ? qtyText.substring(1) : qtyText, 18);
            if (q == null) {
                return refuse(line, QTY, Problems.quoted(qtyText) + " is not a quantity (" + QUANTITY_RANGE + ")");
            }
            qty = negative ? null : q;
        }
        return new FlowRow(year, reporter, flow, partner, cmd, classification, value, unit, unit == null ? null : qty);
    }

    /** The row's year, or -1 after noting why the line (or, for a month, the file) is refused. */
    private int year(long line) {
        String period = strip(values[PERIOD]);
        String freq = strip(values[FREQ]);
        if (period.length() == 6 && digits(period) || freq.equalsIgnoreCase("M")) {
            monthly = true;
            problems.add(line, period.length() == 6 ? NAMES[PERIOD] : NAMES[FREQ], Problems.quoted(period.length() == 6 ? period : freq)
                    + " is a month: the world store holds annual files (freqCode A, period YYYY)");
            return -1;
        }
        if (period.length() != 4 || !digits(period)) {
            refuse(line, PERIOD, Problems.quoted(period) + " is not a year (YYYY) from " + FIRST_YEAR + " to " + LAST_YEAR);
            return -1;
        }
        int year = Integer.parseInt(period);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            refuse(line, PERIOD, Problems.quoted(period) + " is not of the years from " + FIRST_YEAR + " to " + LAST_YEAR);
            return -1;
        }
        if (!freq.isEmpty() && !freq.equals("A")) {
            refuse(line, FREQ, Problems.quoted(freq) + " does not match period " + period + " (A for a year)");
            return -1;
        }
        return year;
    }

    private @Nullable FlowRow refuse(long line, int slot, String what) {
        problems.add(line, NAMES[slot], what);
        return null;
    }

    /**
     * Splits the line into the fields read (the others are passed over without being copied). A comma-separated line may
     * quote a field ("…", a doubled quote for a quote inside). False when the line is refused (too long, or not as many
     * fields as the header).
     */
    private boolean split(BulkLines lines) {
        Arrays.fill(values, null);
        char[] chars = lines.chars();
        int length = lines.length();
        int column = 0;
        int i = 0;
        while (true) {
            String value;
            if (delimiter == ',' && i < length && chars[i] == '"') {
                StringBuilder quoted = new StringBuilder();
                int j = i + 1;
                while (j < length) {
                    if (chars[j] == '"') {
                        if (j + 1 < length && chars[j + 1] == '"') {
                            quoted.append('"');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    quoted.append(chars[j++]);
                }
                if (j >= length && !lines.tooLong()) {
                    problems.add(lines.number(), fieldName(column), "a quoted field without its closing quote");
                    return false;
                }
                value = quoted.toString();
                i = Math.min(j + 1, length);
                if (i < length && chars[i] != delimiter) {
                    problems.add(lines.number(), fieldName(column), "text after a quoted field's closing quote");
                    return false;
                }
            } else {
                int j = i;
                while (j < length && chars[j] != delimiter) {
                    j++;
                }
                value = column < columns && slotOfColumn[column] >= 0 ? new String(chars, i, j - i) : null;
                i = j;
            }
            if (lines.tooLong() && i >= length) {
                problems.add(lines.number(), fieldName(column), "the line is longer than " + BulkLines.LONGEST
                        + " characters (the longest a bulk line may be)");
                return false;
            }
            if (column < columns && slotOfColumn[column] >= 0) {
                values[slotOfColumn[column]] = value;
            }
            column++;
            if (i >= length) {
                break;
            }
            i++; // past the delimiter
        }
        if (column != columns) {
            String field = column < columns ? fieldName(column) : "column " + (column);
            problems.add(lines.number(), field, column < columns ? "missing: the line has " + column + " fields where the header names " + columns
                    : "the line has " + column + " fields where the header names " + columns);
            return false;
        }
        return true;
    }

    private String fieldName(int column) {
        return column < columns && slotOfColumn[column] >= 0 ? NAMES[slotOfColumn[column]] : "column " + (column + 1);
    }

    /** Why a field cannot be read (a control character, or bytes that were not UTF-8); null when it can. */
    private static @Nullable String characterProblem(@Nullable String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return "holds the character U+" + String.format("%04X", (int) c) + " at position " + (i + 1) + " (a control character)";
            }
            if (c == '\uFFFD') {
                return "holds bytes that are not UTF-8 at position " + (i + 1);
            }
        }
        return null;
    }

    /** Strips the spaces around a field already checked for control characters; blank for an absent field. */
    private static String strip(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    /** 0 to 8 ASCII letters and digits (C00, C01 …), checked without a regular expression on every row. */
    private static boolean isCustomsCode(String text) {
        if (text.length() > 8) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /** A whole code from 0 to max, written as digits (or with ".0", as pandas writes integers); blank is 0; -1 when it is neither. */
    private static int code(@Nullable String raw, int max) {
        String text = strip(raw);
        if (text.isEmpty()) {
            return 0;
        }
        if (text.endsWith(".0")) {
            text = text.substring(0, text.length() - 2);
        }
        if (text.length() > 4 || !digits(text)) {
            return -1;
        }
        int v = Integer.parseInt(text);
        return v <= max ? v : -1;
    }

    /**
     * The exact decimal a non-negative amount writes ("1234", "1234.5", "1.2E7"), scaled to the store's six decimals, or
     * null when it is no number, has {@code wholeDigits} or more digits before the point, or more than six decimals
     * (refused, never rounded). The exponent is bounded before any arithmetic, so "1E2000000000" is refused at once.
     */
    private static @Nullable BigDecimal amount(String text, int wholeDigits) {
        if (text.isEmpty() || text.length() > 40) {
            return null;
        }
        boolean digit = false;
        boolean dot = false;
        int exponentAt = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !dot && exponentAt < 0) {
                dot = true;
            } else if ((c == 'E' || c == 'e') && digit && exponentAt < 0 && i + 1 < text.length()) {
                exponentAt = i;
                String exponent = text.substring(i + 1);
                int sign = exponent.startsWith("+") || exponent.startsWith("-") ? 1 : 0;
                if (exponent.length() - sign < 1 || exponent.length() - sign > 2 || !digits(exponent.substring(sign))) {
                    return null;
                }
                break;
            } else {
                return null;
            }
        }
        if (!digit) {
            return null;
        }
        BigDecimal v = new BigDecimal(text);
        if (v.compareTo((wholeDigits == 16 ? AMOUNT_LIMIT : QUANTITY_LIMIT)) >= 0 || v.stripTrailingZeros().scale() > 6) {
            return null;
        }
        return v.setScale(6, RoundingMode.UNNECESSARY);
    }

    private static String[] concat() {
        String[] names = new String[REQUIRED.size() + OPTIONAL.size()];
        for (int i = 0; i < REQUIRED.size(); i++) {
            names[i] = REQUIRED.get(i);
        }
        for (int i = 0; i < OPTIONAL.size(); i++) {
            names[REQUIRED.size() + i] = OPTIONAL.get(i);
        }
        return names;
    }
}
