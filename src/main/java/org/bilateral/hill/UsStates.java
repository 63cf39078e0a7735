package org.bilateral.hill;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bilateral.reference.ReferenceDataLoaded;
import org.bilateral.reference.ReferenceFiles;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.bilateral.shared.TextFiles;
import org.bilateral.shared.Unavailable;
import org.bilateral.shared.UsState;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The states' names and FIPS codes, from the reference location's {@code geo/us-state-codes.csv} (Census's state
 * list), read once and kept until reference data is loaded again. Without the file no state has a name but its code.
 */
@Service
public class UsStates {

    static final String FILE = "geo/us-state-codes.csv";

    private final ReferenceFiles files;
    private volatile @Nullable Map<UsState, UsStateInfo> read;

    UsStates(ReferenceFiles files) {
        this.files = files;
    }

    @EventListener
    void referenceLoaded(ReferenceDataLoaded loaded) {
        read = null;
    }

    /** Every state, DC and territory the file lists, by name. */
    public List<UsStateInfo> all() {
        return held().values().stream().sorted(Comparator.comparing(UsStateInfo::name)).toList();
    }

    public Optional<UsStateInfo> of(UsState state) {
        return Optional.ofNullable(held().get(state));
    }

    /** The state's name ("Tennessee"), or its code when the reference location has no state list. */
    public String name(UsState state) {
        UsStateInfo info = held().get(state);
        return info == null ? state.usps() : info.name();
    }

    /** The state whose FIPS code this is ("47" is Tennessee), as the maps name their shapes. */
    Optional<UsStateInfo> byFips(String fips) {
        return held().values().stream().filter(i -> i.fips().equals(fips)).findFirst();
    }

    /** Names by state, for matching a state named in a sentence. */
    Map<UsState, String> names() {
        Map<UsState, String> names = new LinkedHashMap<>();
        held().forEach((s, i) -> names.put(s, i.name()));
        return names;
    }

    private Map<UsState, UsStateInfo> held() {
        Map<UsState, UsStateInfo> held = read;
        if (held == null) {
            held = load();
            read = held;
        }
        return held;
    }

    private Map<UsState, UsStateInfo> load() {
        byte[] bytes;
        try {
            bytes = files.read(FILE);
        } catch (Unavailable e) {
            return Map.of();
        }
        return parse(bytes, "us-state-codes.csv");
    }

    /** The file's rows, each checked: a two-digit FIPS code, a USPS code, a name. */
    static Map<UsState, UsStateInfo> parse(byte[] bytes, String fileName) {
        Map<UsState, UsStateInfo> states = new LinkedHashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(new java.io.ByteArrayInputStream(TextFiles.withoutBom(bytes)),
                StandardCharsets.UTF_8), CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (String column : List.of("fips", "usps", "name")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new InvalidInput(new InputProblem(fileName, InputProblem.line(1), column, Said.of("refusal.hill.noColumn", column)));
                }
            }
            for (CSVRecord r : parser) {
                Said where = InputProblem.line(parser.getCurrentLineNumber());
                String fips = r.get("fips").strip();
                String usps = r.get("usps").strip();
                String name = r.get("name").strip();
                if (!fips.matches("[0-9]{2}")) {
                    problems.add(new InputProblem(fileName, where, "fips", Said.of("refusal.hill.notAFips", fips)));
                } else if (!UsState.isState(usps)) {
                    problems.add(new InputProblem(fileName, where, "usps", Said.of("refusal.shared.notAUsState", usps)));
                } else if (name.isEmpty()) {
                    problems.add(new InputProblem(fileName, where, "name", Said.of("refusal.hill.empty")));
                } else {
                    states.put(new UsState(usps), new UsStateInfo(new UsState(usps), fips, name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return Map.copyOf(states);
    }
}
