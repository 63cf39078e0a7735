package org.bilateral.tradestats.census;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bilateral.shared.Flow;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a pulled {@code statehs} answer (JSON array of string arrays, header first) into state figures: the rows whose
 * state, country or commodity is {@code -} are Census's totals mixed in with the detail and are dropped, never summed
 * twice; every other row must be a known state, the partner asked, a code of the level asked, a whole number of dollars
 * and the month asked, or the whole file is refused with each bad row named by line and field.
 */
public final class StateHsReader {

    private static final JsonFactory JSON = new JsonFactory();

    /** Census's code for a state it could not tell. */
    static final String UNIDENTIFIED = "XX";

    private final Set<String> states;

    /** @param states the USPS codes a state may have; empty when the list is not at hand (any two capitals then pass) */
    public StateHsReader(Set<String> states) {
        this.states = Set.copyOf(states);
    }

    /** What a read gave: the figures, and how many total rows were dropped. */
    public record Read(List<StateFigure> figures, int totalsDropped) {

        public Read {
            figures = List.copyOf(figures);
        }
    }

    /** What a {@code statehs} file answers, as its first detail row says: one flow, one country, one level, one month. */
    public record Answer(Flow flow, String censusCountry, CensusLevel level, YearMonth month, int line) {
    }

    /**
     * What a downloaded {@code statehs} file answers, read from its header (E_COMMODITY exports, I_COMMODITY imports)
     * and its first row that is not a total; refused, naming the row and field, when that row says no month, no level
     * Census gives states, or the file has no such row. {@link #read(Path, String, Answer)} then holds every other row to it.
     */
    public static Answer answer(Path file, String fileName) {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            JsonToken outer = parser.nextToken();
            JsonToken first = outer == JsonToken.START_ARRAY ? parser.nextToken() : null;
            if (first != JsonToken.START_ARRAY) {
                throw new InvalidInput(new InputProblem(fileName, InputProblem.line(1), null, Said.of("refusal.tradestats.notCensus")));
            }
            List<String> header = row(parser);
            Flow flow = header.contains("I_COMMODITY") ? Flow.IMPORT : Flow.EXPORT;
            String commodityName = flow == Flow.IMPORT ? "I_COMMODITY" : "E_COMMODITY";
            List<InputProblem> missing = new ArrayList<>();
            for (String needed : List.of("STATE", "CTY_CODE", commodityName, flow == Flow.IMPORT ? "GEN_VAL_MO" : "ALL_VAL_MO", "time")) {
                if (!header.contains(needed)) {
                    missing.add(new InputProblem(fileName, InputProblem.line(1), needed, Said.of("refusal.census.missingColumnInFile", needed)));
                }
            }
            if (!missing.isEmpty()) {
                throw new InvalidInput(missing);
            }
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                int line = parser.currentLocation().getLineNr();
                List<String> row = row(parser);
                String state = field(row, header.indexOf("STATE"));
                String country = field(row, header.indexOf("CTY_CODE"));
                String code = field(row, header.indexOf(commodityName));
                if (state.equals("-") || country.equals("-") || code.equals("-")) {
                    continue;
                }
                List<InputProblem> problems = new ArrayList<>();
                CensusLevel level = switch (code.length()) {
                    case 2 -> CensusLevel.HS2;
                    case 4 -> CensusLevel.HS4;
                    case 6 -> CensusLevel.HS6;
                    default -> null;
                };
                if (level == null) {
                    problems.add(new InputProblem(fileName, InputProblem.line(line), commodityName,
                            Said.of("refusal.census.notAStateLevel", Limits.shown(code))));
                }
                String time = field(row, header.indexOf("time"));
                YearMonth month = null;
                try {
                    month = time.matches("\\d{4}-\\d{2}") ? YearMonth.parse(time) : null;
                } catch (java.time.format.DateTimeParseException e) {
                    month = null;
                }
                if (month == null) {
                    problems.add(new InputProblem(fileName, InputProblem.line(line), "time", Said.of("refusal.census.notAMonth", Limits.shown(time))));
                }
                if (level == null || month == null) {
                    throw new InvalidInput(problems);
                }
                return new Answer(flow, country, level, month, line);
            }
            throw new InvalidInput(new InputProblem(fileName, null, null, Said.of("refusal.tradestats.nothingToStore")));
        } catch (StreamReadException e) {
            throw new InvalidInput(new InputProblem(fileName, InputProblem.line(e.getLocation().getLineNr()), null,
                    Said.of("refusal.tradestats.malformedJson", String.valueOf(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads a downloaded file, every row held to what its first row answers ({@link #answer}). */
    public Read read(Path file, String fileName, Answer answer) {
        return read(file, fileName, answer.flow(), answer.censusCountry(), answer.level(), answer.month(), true);
    }

    public Read read(Path file, String fileName, Flow flow, String censusCountry, CensusLevel level, YearMonth month) {
        return read(file, fileName, flow, censusCountry, level, month, false);
    }

    /** @param inFile whether the country, level and month are the file's own (its first row), not those the pull asked */
    private Read read(Path file, String fileName, Flow flow, String censusCountry, CensusLevel level, YearMonth month, boolean inFile) {
        String asked = inFile ? "InFile" : "";
        List<InputProblem> problems = new ArrayList<>();
        List<StateFigure> figures = new ArrayList<>();
        int dropped = 0;
        String commodityName = flow == Flow.IMPORT ? "I_COMMODITY" : "E_COMMODITY";
        String valueName = flow == Flow.IMPORT ? "GEN_VAL_MO" : "ALL_VAL_MO";
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            JsonToken outer = parser.nextToken();
            JsonToken first = outer == JsonToken.START_ARRAY ? parser.nextToken() : null;
            if (first != JsonToken.START_ARRAY) {
                throw new InvalidInput(new InputProblem(fileName, InputProblem.line(1), null, Said.of("refusal.tradestats.notCensus")));
            }
            List<String> header = row(parser);
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                index.putIfAbsent(header.get(i), i);
            }
            for (String needed : List.of("STATE", "CTY_CODE", commodityName, valueName, "time")) {
                if (!index.containsKey(needed)) {
                    problems.add(new InputProblem(fileName, InputProblem.line(1), needed, Said.of("refusal.census.missingColumn" + asked, needed)));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            Set<String> seen = new HashSet<>();
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                int line = parser.currentLocation().getLineNr();
                List<String> row = row(parser);
                String state = field(row, index.get("STATE"));
                String country = field(row, index.get("CTY_CODE"));
                String code = field(row, index.get(commodityName));
                if (state.equals("-") || country.equals("-") || code.equals("-")) {
                    dropped++;
                    continue;
                }
                int before = problems.size();
                Said at = InputProblem.line(line);
                if (!state.matches("[A-Z]{2}") || !(states.isEmpty() || states.contains(state) || state.equals(UNIDENTIFIED))) {
                    problems.add(new InputProblem(fileName, at, "STATE", Said.of("refusal.census.notAState", Limits.shown(state))));
                }
                if (!country.equals(censusCountry)) {
                    problems.add(new InputProblem(fileName, at, "CTY_CODE", Said.of("refusal.census.otherCountry" + asked, Limits.shown(country), censusCountry)));
                }
                if (code.length() != level.digits() || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    problems.add(new InputProblem(fileName, at, commodityName, Said.of("refusal.census.notOfLevel" + asked, Limits.shown(code),
                            String.valueOf(level.digits()))));
                }
                String value = field(row, index.get(valueName));
                if (!value.matches("\\d{1,15}")) {
                    problems.add(new InputProblem(fileName, at, valueName, Said.of("refusal.census.notDollars", Limits.shown(value))));
                }
                String time = field(row, index.get("time"));
                if (!time.equals(month.toString())) {
                    problems.add(new InputProblem(fileName, at, "time", Said.of("refusal.census.otherMonth" + asked, Limits.shown(time), month.toString())));
                }
                if (problems.size() == before) {
                    if (!seen.add(state + " " + code)) {
                        problems.add(new InputProblem(fileName, at, commodityName, Said.of("refusal.census.twice", state, code)));
                    } else {
                        figures.add(new StateFigure(state, code, new BigDecimal(value), line));
                    }
                }
            }
        } catch (StreamReadException e) {
            problems.add(new InputProblem(fileName, InputProblem.line(e.getLocation().getLineNr()), null,
                    Said.of("refusal.tradestats.malformedJson", String.valueOf(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Read(figures, dropped);
    }

    private static List<String> row(JsonParser parser) {
        List<String> row = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new StreamReadException(parser, "unexpected end of file");
            }
            row.add(token == JsonToken.VALUE_NULL ? "" : parser.getString());
        }
        return row;
    }

    private static String field(List<String> row, @Nullable Integer index) {
        return index == null || index < 0 || index >= row.size() ? "" : row.get(index);
    }
}
