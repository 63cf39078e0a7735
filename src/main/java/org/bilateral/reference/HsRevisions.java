package org.bilateral.reference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.bilateral.shared.TextFiles;
import org.bilateral.shared.Unavailable;
import org.bilateral.shared.Said;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The editions of the Harmonized System and what became of an older edition's subheadings in HS 2022, by the UN
 * Statistics Division's correlation tables (hs/hs2012-to-hs2017.csv, hs/hs2017-to-hs2022.csv), read in place from the
 * reference location. A subheading whose every trade went to one HS 2022 subheading is carried to it; one whose trade
 * went to several is split, and the tables give no share for each, so it is kept under its own code and said to be split.
 * Editions before HS 2012 have no table here: their codes are kept as reported.
 */
@Service
public class HsRevisions {

    /** The edition the workbench's nomenclature, labels and totals are in. */
    public static final int CURRENT = 2022;
    static final String FROM_2012 = "hs/hs2012-to-hs2017.csv";
    static final String FROM_2017 = "hs/hs2017-to-hs2022.csv";

    private final ReferenceFiles files;
    private final ReferenceIndex<Tables> tables;

    HsRevisions(ReferenceFiles files) {
        this.files = files;
        this.tables = new ReferenceIndex<>(this::read);
    }

    /** Set once the tables were looked for and not found, so that labelling a thousand codes does not look a thousand times. */
    private volatile boolean missing;

    @EventListener
    void on(ReferenceDataLoaded loaded) {
        tables.invalidate();
        missing = false;
    }

    /** What became of an older edition's subheading in HS 2022. */
    public enum Fate {
        /** Its trade is all in one HS 2022 subheading of the same number. */
        SAME,
        /** Its trade is all in one HS 2022 subheading of another number. */
        RENUMBERED,
        /** Its trade went to several HS 2022 subheadings in shares the tables do not give. */
        SPLIT,
        /** Not a subheading of that edition in the tables (or an edition before HS 2012): kept as reported. */
        UNKNOWN
    }

    /**
     * @param hs2022 the HS 2022 subheadings its trade went to: one for SAME and RENUMBERED, several for SPLIT, none for UNKNOWN
     */
    public record Carried(int revision, String subheading, Fate fate, List<String> hs2022) {

        /** The HS 2022 subheading its trade is counted under: the carried one, else its own code. */
        public String shownAs() {
            return fate == Fate.SAME || fate == Fate.RENUMBERED ? hs2022.get(0) : subheading;
        }
    }

    /**
     * The edition a year's US statistics are in: the HTS takes up each edition on 1 January of its year (HS 2022 from
     * 2022, HS 2017 from 2017, HS 2012 from 2012, HS 2007 from 2007, HS 2002 from 2002, HS 1996 from 1996).
     */
    public static int revisionOfYear(int year) {
        for (int revision : new int[] {2022, 2017, 2012, 2007, 2002, 1996}) {
            if (year >= revision) {
                return revision;
            }
        }
        return 1992;
    }

    /** The edition a UN Comtrade classificationCode names (H0 = HS 1992 … H6 = HS 2022); empty for another code. */
    public static Optional<Integer> revisionOfComtrade(String classificationCode) {
        return switch (classificationCode) {
            case "H0" -> Optional.of(1992);
            case "H1" -> Optional.of(1996);
            case "H2" -> Optional.of(2002);
            case "H3" -> Optional.of(2007);
            case "H4" -> Optional.of(2012);
            case "H5" -> Optional.of(2017);
            case "H6" -> Optional.of(2022);
            default -> Optional.empty();
        };
    }

    /**
     * What became of a subheading (six digits) of an edition in HS 2022, through HS 2017 for an HS 2012 code. HS 2022
     * codes are SAME. Throws {@link Unavailable} when an edition with a table is asked and the tables are not there.
     */
    public Carried carry(int revision, String subheading) {
        if (revision >= CURRENT) {
            return new Carried(revision, subheading, Fate.SAME, List.of(subheading));
        }
        if (revision != 2012 && revision != 2017) {
            return new Carried(revision, subheading, Fate.UNKNOWN, List.of());
        }
        Tables t = tables.get();
        Set<String> reached = new LinkedHashSet<>(List.of(subheading));
        for (Map<String, List<String>> step : revision == 2012 ? List.of(t.from2012(), t.from2017()) : List.of(t.from2017())) {
            Set<String> next = new LinkedHashSet<>();
            for (String code : reached) {
                List<String> to = step.get(code);
                if (to == null && reached.size() == 1) {
                    // not a code of that edition in the table (300219 of HS 2017 is missing from the 2017 table as transcribed)
                    return new Carried(revision, subheading, Fate.UNKNOWN, List.of());
                }
                // one part of a code already split has no row onward: it stays as it was, the code is split all the same
                next.addAll(to == null ? List.of(code) : to);
            }
            reached = next;
        }
        List<String> hs2022 = List.copyOf(reached);
        Fate fate = hs2022.size() > 1 ? Fate.SPLIT : hs2022.get(0).equals(subheading) ? Fate.SAME : Fate.RENUMBERED;
        return new Carried(revision, subheading, fate, hs2022);
    }

    /** An older edition's subheading whose trade the tables send whole to one HS 2022 subheading of another number. */
    public record Renumbered(int revision, String subheading, String hs2022) {
    }

    /**
     * Every subheading of HS 2012 and HS 2017 that {@link #carry} finds RENUMBERED, with the HS 2022 subheading it is
     * counted under, by edition then code: what the import carries, listed whole for a reader that carries figures
     * outside this workbench (the world screen's job) and must carry them alike. Throws {@link Unavailable} when the
     * tables are not there.
     */
    public List<Renumbered> renumbered() {
        Tables t = tables.get();
        List<Renumbered> renumbered = new ArrayList<>();
        for (int revision : new int[] {2012, 2017}) {
            for (String code : new TreeSet<>((revision == 2012 ? t.from2012() : t.from2017()).keySet())) {
                Carried c = carry(revision, code);
                if (c.fate() == Fate.RENUMBERED) {
                    renumbered.add(new Renumbered(revision, code, c.shownAs()));
                }
            }
        }
        return List.copyOf(renumbered);
    }

    /** Whether the tables are at the reference location. */
    public boolean available() {
        if (missing) {
            return false;
        }
        try {
            tables.get();
            return true;
        } catch (Unavailable e) {
            missing = true;
            return false;
        }
    }

    /** The older subheadings (of HS 2017, then HS 2012) that a code not in HS 2022 stands for when split; empty otherwise. */
    public Optional<Carried> splitCode(String subheading) {
        if (subheading.length() != 6 || !available()) {
            return Optional.empty();
        }
        for (int revision : new int[] {2017, 2012}) {
            Carried c = carry(revision, subheading);
            if (c.fate() == Fate.SPLIT) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private record Tables(Map<String, List<String>> from2012, Map<String, List<String>> from2017) {
    }

    private Tables read() {
        return new Tables(read(FROM_2012), read(FROM_2017));
    }

    /** A table's targets by source code, in the table's order. */
    private Map<String, List<String>> read(String relative) {
        byte[] bytes = files.read(relative);
        Map<String, List<String>> targets = new HashMap<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(TextFiles.withoutBom(bytes)), StandardCharsets.UTF_8)) {
            int line = 1;
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                line++;
                String from = r.get("from").trim();
                String to = r.get("to").trim();
                if (!from.matches("\\d{6}") || !to.matches("\\d{6}")) {
                    throw new Unavailable(Said.of("refusal.reference.correlationCodes", files.describe(relative), String.valueOf(line), from, to));
                }
                targets.computeIfAbsent(from, k -> new ArrayList<>(2)).add(to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new Unavailable(Said.of("refusal.reference.notCorrelation", files.describe(relative), String.valueOf(e.getMessage())));
        }
        targets.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(targets);
    }
}
