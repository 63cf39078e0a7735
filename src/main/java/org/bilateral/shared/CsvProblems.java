package org.bilateral.shared;

import java.nio.charset.CharacterCodingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the CSV parser's own complaints mean to the person whose file it is: the parser throws for a header with an
 * empty or repeated name, a stray quote or bytes that are not UTF-8, in words about its internals; every CSV reader
 * turns them into a problem with the file, the line and plain words here.
 */
public final class CsvProblems {

    /** Where the parser says the record was: "(line 5)", "(startline 5)" or "at line: 5", as its versions have written it. */
    private static final Pattern LINE = Pattern.compile("\\((?:start)?line (\\d+)\\)|\\bat line:? (\\d+)");

    private CsvProblems() {
    }

    /** A header the parser refused (it throws IllegalArgumentException while reading the first line). */
    public static InputProblem header(String fileName, IllegalArgumentException e) {
        String why = e.getMessage() == null ? "" : e.getMessage();
        return new InputProblem(fileName, InputProblem.line(1), null, Said.of(why.contains("duplicate")
                ? "refusal.shared.csvHeaderTwice" : why.contains("missing")
                ? "refusal.shared.csvHeaderUnnamed" : "refusal.shared.csvHeaderUnread"));
    }

    /** A record the parser could not read (it throws UncheckedIOException or IllegalStateException while iterating). */
    public static InputProblem record(String fileName, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return new InputProblem(fileName, null, null, TextFiles.NOT_UTF8);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String said = t.getMessage();
            Matcher m = said == null ? null : LINE.matcher(said);
            if (said != null && m != null && m.find()) {
                String what = said.contains("EOF") ? "refusal.shared.csvQuoteOpen"
                        : said.contains("encapsulated") ? "refusal.shared.csvQuoteFollowed"
                        : "refusal.shared.csvUnread";
                return new InputProblem(fileName, Said.of("refusal.where.line", m.group(1) != null ? m.group(1) : m.group(2)), null,
                        Said.of(what));
            }
        }
        return new InputProblem(fileName, null, null, Said.of("refusal.shared.csvUnread"));
    }
}
