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
