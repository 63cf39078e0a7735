package org.bilateral.reference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NameKey;
import org.bilateral.shared.TextFiles;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;

/**
 * The reference files read into rows, with no database: countries (with Bilateral's own Census and Comtrade codes and
 * name variants), the HS sections and codes, and the sectors. A file that does not hold what it should is refused by
 * its name, line and column, all its problems at once.
 */
final class ReferenceTables {

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    static final String COUNTRIES = "countries/country-codes.csv";
    static final String HS = "hs/harmonized-system.csv";
    static final String SECTIONS = "hs/sections.csv";
    static final String VIETNAMESE = "hs/hs2022-vi.csv";

    /** The columns of the Vietnamese nomenclature file, all required. */
    private static final List<String> VIETNAMESE_COLUMNS = List.of("hscode", "level", "parent", "description_vi",
            "description_vi_path", "description_en", "derived_from");

    /** The longest text a description or its path may hold; the real file's longest are 750 and 976 characters. */
    static final int MAX_DESCRIPTION = 4000;

    /** A country as the files give it; the Census and Comtrade codes are Bilateral's own tables' to set. */
    static final class CountryRow {
        final String alpha2;
        final String alpha3;
        final @Nullable Integer isoNumeric;
        final @Nullable Integer m49;
        @Nullable Integer comtradeCode;
        @Nullable String censusCode;
        final String name;
        final String officialName;
        final List<String> names = new ArrayList<>();

        CountryRow(String alpha2, String alpha3, @Nullable Integer isoNumeric, @Nullable Integer m49, String name, String officialName) {
            this.alpha2 = alpha2;
            this.alpha3 = alpha3;
            this.isoNumeric = isoNumeric;
            this.m49 = m49;
            this.comtradeCode = m49;
            this.name = name;
            this.officialName = officialName;
        }
    }

    /** One way of writing a country's name, by its key. */
    record CountryName(String folded, String alpha2, String name) {
    }

    /** @param section null for chapter 99, which stands outside the sections */
    record HsRow(String code, int level, @Nullable String parent, @Nullable String section, String description) {
    }

    record SectorRow(String id, String name, String description, List<String> prefixes) {
    }

    /**
     * The Vietnamese nomenclature as read: the description shown for each chapter, heading and subheading HS 2022 has
     * (composed by {@link #shownInVietnamese}), the codes of those levels HS 2022 does not have (chapter 77, which the HS
     * keeps in reserve), left out and said, and how many of Vietnam's 8-digit national lines were checked.
     */
    record Vietnamese(Map<String, String> descriptions, List<String> notInHs2022, int nationalLines) {
    }

    private ReferenceTables() {
    }

    /** The countries with ISO codes, by alpha-2, with their Census and Comtrade codes from Bilateral's own tables. */
    static Map<String, CountryRow> countries(byte[] file) {
        Map<String, CountryRow> countries = new LinkedHashMap<>();
        for (CSVRecord r : records(file, COUNTRIES)) {
            String alpha2 = r.get("ISO3166-1-Alpha-2").trim();
            String alpha3 = r.get("ISO3166-1-Alpha-3").trim();
            if (!alpha2.matches("[A-Z]{2}") || !alpha3.matches("[A-Z]{3}")) {
                continue; // entries without ISO codes (e.g. dissolved states) cannot be traded with
            }
            String cldr = r.get("CLDR display name").trim();
            String shortName = r.get("UNTERM English Short").trim();
            String official = r.get("official_name_en").trim();
            CountryRow c = new CountryRow(alpha2, alpha3, integerOrNull(r.get("ISO3166-1-numeric")), integerOrNull(r.get("M49")),
                    cldr.length() > 3 ? cldr : !official.isEmpty() ? official : shortName, r.get("UNTERM English Formal").trim());
            for (String column : List.of("CLDR display name", "official_name_en", "UNTERM English Short",
                    "UNTERM English Formal", "ISO4217-currency_country_name")) {
                String value = r.get(column).trim();
                if (!value.isEmpty()) {
                    c.names.add(value);
                    c.names.add(value.replaceAll("\\s*\\(the\\)|^the\\s+", "").trim());
                }
            }
            c.names.add(alpha3);
            countries.put(alpha2, c);
        }
        for (String[] row : readOwn("census-country-codes.csv", 3)) {
            CountryRow c = countries.get(row[0]);
            if (c != null) {
                c.censusCode = row[1];
                c.names.add(row[2]);
            }
        }
        for (String[] row : readOwn("comtrade-codes.csv", 2)) {
            CountryRow c = countries.get(row[0]);
            if (c != null) {
                c.comtradeCode = Integer.parseInt(row[1]);
            }
        }
        return countries;
    }

    /**
     * Every way of writing the countries' names, one country per key: the files' names first come first, then
     * Bilateral's own variants, which win. A name with no letter or digit has no key and is left out.
     */
    static List<CountryName> names(Map<String, CountryRow> countries) {
        Map<String, CountryName> names = new LinkedHashMap<>();
        for (CountryRow c : countries.values()) {
            for (String variant : c.names) {
                names.putIfAbsent(NameKey.of(variant), new CountryName(NameKey.of(variant), c.alpha2, variant));
            }
        }
        for (String[] variant : readOwn("country-name-variants.csv", 2)) {
            if (countries.containsKey(variant[0])) {
                names.put(NameKey.of(variant[1]), new CountryName(NameKey.of(variant[1]), variant[0], variant[1]));
            }
        }
        return names.values().stream().filter(n -> !n.folded().isEmpty()).toList();
    }

    /** The sections by numeral, in the file's order, their names capitalised. */
    static Map<String, String> sections(byte[] file) {
        Map<String, String> sections = new LinkedHashMap<>();
        for (CSVRecord r : records(file, SECTIONS)) {
            String name = r.get(1).trim();
            sections.put(r.get(0).trim(), name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1));
        }
        return sections;
    }

    /** The HS codes, each of as many digits as its level and in a known section; every inconsistent line refused at once. */
    static List<HsRow> codes(byte[] file, Map<String, String> sections) {
        List<HsRow> codes = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (CSVRecord r : records(file, HS)) {
            String code = r.get("hscode").trim();
            String section = r.get("section").trim();
            if (code.equals("TOTAL")) {
                continue;
            }
            if (section.equals("TOTAL")) {
                section = null; // "commodities not specified according to kind" (99) stands outside the sections
            }
            Said line = InputProblem.line(r.getRecordNumber() + 1);
            Integer level = integerOrNull(r.get("level"));
            if (level == null) {
                problems.add(new InputProblem(HS, line, "level", Said.of("refusal.reference.notANumber")));
                continue;
            }
            boolean knownSection = section == null || sections.containsKey(section);
            if (!knownSection || code.length() != level || !code.matches("\\d+")) {
                problems.add(new InputProblem(HS, line, knownSection ? "hscode" : "section", Said.of("refusal.reference.inconsistent", code)));
                continue;
            }
            String parent = r.get("parent").trim();
            codes.add(new HsRow(code, level, "TOTAL".equals(parent) ? null : parent, section, r.get("description").trim()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return codes;
    }

    /**
     * The Vietnamese nomenclature file ({@code hs/hs2022-vi.csv}): every line's code, level, parent and texts checked
     * against their stated ranges, all problems refused at once by line and column. The 8-digit national lines are
     * checked but not kept: a code of more than six digits on a page may be a US HTS line, which Vietnam's lines do not
     * describe.
     */
    static Vietnamese vietnamese(byte[] file, List<HsRow> codes) {
        List<CSVRecord> records = records(file, VIETNAMESE);
        List<InputProblem> problems = new ArrayList<>();
        List<String> header = new String(TextFiles.withoutBom(file), StandardCharsets.UTF_8).lines().findFirst()
                .map(first -> List.of(first.strip().split(",", -1))).orElse(List.of());
        for (String column : VIETNAMESE_COLUMNS) {
            if (!header.contains(column)) {
                problems.add(new InputProblem(VIETNAMESE, InputProblem.line(1), column, Said.of("refusal.reference.vi.missingColumn")));
            }
        }
        if (records.isEmpty()) {
            problems.add(new InputProblem(VIETNAMESE, null, null, Said.of("refusal.reference.vi.noLines")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Map<String, String> inHs2022 = new LinkedHashMap<>();
        codes.forEach(c -> inHs2022.put(c.code(), c.description()));
        Map<String, CSVRecord> byCode = new LinkedHashMap<>();
        int nationalLines = 0;
        for (CSVRecord r : records) {
            Said line = InputProblem.line(r.getRecordNumber() + 1);
            if (!r.isConsistent()) {
                problems.add(new InputProblem(VIETNAMESE, line, null, Said.of("refusal.reference.vi.width", r.size(), header.size())));
                continue;
            }
            String code = r.get("hscode").trim();
            Integer level = integerOrNull(r.get("level"));
            String parent = r.get("parent").trim();
            int before = problems.size();
            if (level == null || !List.of(2, 4, 6, 8).contains(level)) {
                problems.add(new InputProblem(VIETNAMESE, line, "level", Said.of("refusal.reference.vi.level", r.get("level"))));
            } else if (!code.matches("\\d+") || code.length() != level) {
                problems.add(new InputProblem(VIETNAMESE, line, "hscode", Said.of("refusal.reference.vi.code", level, code)));
            } else if (level == 2 ? !parent.isEmpty() : !parent.equals(code.substring(0, level - 2))) {
                problems.add(new InputProblem(VIETNAMESE, line, "parent", Said.of("refusal.reference.vi.parent", parent, code)));
            } else if (byCode.containsKey(code)) {
                problems.add(new InputProblem(VIETNAMESE, line, "hscode", Said.of("refusal.reference.vi.twice", code)));
            }
            if (r.get("description_vi").isBlank()) {
                problems.add(new InputProblem(VIETNAMESE, line, "description_vi", Said.of("refusal.reference.vi.empty")));
            }
            for (String text : List.of("description_vi", "description_vi_path", "description_en")) {
                if (r.get(text).length() > MAX_DESCRIPTION) {
                    problems.add(new InputProblem(VIETNAMESE, line, text, Said.of("refusal.reference.vi.tooLong", MAX_DESCRIPTION)));
                }
            }
            if (r.get("derived_from").isBlank()) {
                problems.add(new InputProblem(VIETNAMESE, line, "derived_from", Said.of("refusal.reference.vi.noSource")));
            }
            if (problems.size() > before) {
                continue;
            }
            if (Integer.valueOf(8).equals(level)) {
                nationalLines++;
            } else {
                byCode.put(code, r);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Map<String, String> descriptions = new LinkedHashMap<>();
        List<String> notInHs2022 = new ArrayList<>();
        byCode.forEach((code, r) -> {
            if (!inHs2022.containsKey(code)) {
                notInHs2022.add(code);
                return;
            }
            CSVRecord heading = code.length() == 6 ? byCode.get(code.substring(0, 4)) : null;
            descriptions.put(code, shownInVietnamese(r.get("description_vi"), r.get("description_vi_path"),
                    heading == null ? null : heading.get("description_vi")));
        });
        return new Vietnamese(descriptions, List.copyOf(notInHs2022), nationalLines);
    }

    /**
     * The Vietnamese description a page shows for a code. A chapter or heading reads whole as the legal text prints it. A
     * subheading's own line ("- Loại khác") says nothing without the lines above it, so it is shown as its heading, then
     * the path of the lines between ("Gia súc: > Loại khác"), each without its closing colon, joined by "; "; its own
     * line when the file gives no path, without the dashes that print its depth. A subheading whose text is its heading's
     * (5201 and 520100, cotton) is the heading's text once.
     */
    static String shownInVietnamese(String description, String path, @Nullable String heading) {
        String own = withoutColon(description.strip().replaceFirst("^(-\\s*)+", ""));
        if (heading == null) {
            return own;
        }
        List<String> parts = new ArrayList<>();
        parts.add(withoutColon(heading.strip()));
        for (String segment : (path.isBlank() ? own : path).split("\\s*>\\s*")) {
            String s = withoutColon(segment.strip());
            if (!s.isEmpty() && !s.equals(parts.get(parts.size() - 1))) {
                parts.add(s);
            }
        }
        return String.join("; ", parts);
    }

    private static String withoutColon(String text) {
        return text.endsWith(":") ? text.substring(0, text.length() - 1).strip() : text;
    }

    /** Bilateral's sectors, each with the HS prefixes that define it. */
    static List<SectorRow> sectors() {
        List<SectorRow> sectors = new ArrayList<>();
        for (String[] row : readOwn("sectors.csv", 4)) {
            sectors.add(new SectorRow(row[0], row[1], row[3], List.of(row[2].trim().split("\\s+"))));
        }
        return sectors;
    }

    /** The sector each code counts in, from the sectors' prefixes (see {@link SectorAssignment#assign}). */
    static Map<String, String> sectorOfCode(List<HsRow> codes, List<SectorRow> sectors) {
        Map<String, String> sectorOfPrefix = new LinkedHashMap<>();
        sectors.forEach(s -> s.prefixes().forEach(p -> sectorOfPrefix.put(p, s.id())));
        return SectorAssignment.assign(codes.stream().map(HsRow::code).toList(), sectorOfPrefix);
    }

    private static List<String[]> readOwn(String name, int columns) {
        try (InputStream in = Objects.requireNonNull(ReferenceTables.class.getResourceAsStream(name), name)) {
            List<String[]> rows = new ArrayList<>();
            for (CSVRecord r : CSV.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = r.get(i).trim();
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CSVRecord> records(byte[] file, String name) {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(TextFiles.withoutBom(file)), StandardCharsets.UTF_8)) {
            return CSV.parse(reader).getRecords();
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInput(new InputProblem(name, null, null, Said.of("refusal.reference.notCsv", String.valueOf(e.getMessage()))));
        }
    }

    static @Nullable Integer integerOrNull(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
