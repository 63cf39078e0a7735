package org.bilateral.reference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NameKey;
import org.bilateral.shared.TextFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads reference data from the configured location into the database, replacing what was there in
 * one transaction. Countries and HS codes come from the public files; Census codes, Comtrade's own
 * codes, extra name variants and the sector definitions are Bilateral's own tables, shipped with it.
 */
@Service
public class ReferenceLoader {

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ApplicationEventPublisher events;
    private final String configuredLocation;

    ReferenceLoader(JdbcClient jdbc, JdbcTemplate template, ApplicationEventPublisher events,
                    @Value("${bilateral.reference:}") String configuredLocation, AuditTrail audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.template = template;
        this.events = events;
        this.configuredLocation = configuredLocation;
    }

    public record Summary(String location, int countries, int censusCodes, int hsCodes, int sectors) {
    }

    public String configuredLocation() {
        return ReferenceLocation.of(configuredLocation).describe();
    }

    public boolean isLoaded() {
        return jdbc.sql("select count(*) from country").query(Long.class).single() > 0;
    }

    public boolean locationExists() {
        return ReferenceLocation.of(configuredLocation).exists();
    }

    /** Transactional itself: a call within the class would bypass the proxy of {@link #load}. */
    @Transactional
    public Summary loadConfigured() {
        return load(configuredLocation);
    }

    @Transactional
    public Summary load(String locationText) {
        ReferenceLocation location = ReferenceLocation.of(locationText);
        if (!location.exists()) {
            throw new IllegalStateException("reference data not found at " + location.describe()
                    + ": set BILATERAL_REFERENCE (or --reference) to the folder holding countries/ and hs/");
        }
        MessageDigest digest = sha256();
        byte[] countryFile = read(location, "countries/country-codes.csv", digest);
        byte[] hsFile = read(location, "hs/harmonized-system.csv", digest);
        byte[] sectionFile = read(location, "hs/sections.csv", digest);

        Map<String, CountryRow> countries = parseCountries(countryFile);
        applyCensusCodes(countries);
        applyComtradeCodes(countries);
        Map<String, String> sections = parseSections(sectionFile);
        List<HsRow> codes = parseHs(hsFile, sections);
        List<SectorRow> sectors = parseSectors();

        jdbc.sql("delete from hs_sector").update();
        jdbc.sql("delete from sector_prefix").update();
        jdbc.sql("delete from sector").update();
        jdbc.sql("delete from hs_code").update();
        jdbc.sql("delete from hs_section").update();
        jdbc.sql("delete from country_name").update();
        jdbc.sql("delete from country").update();

        Map<String, String> names = new LinkedHashMap<>();
        for (CountryRow c : countries.values()) {
            jdbc.sql("""
                    insert into country (alpha2, alpha3, iso_numeric, m49, comtrade_code, census_code, name, official_name)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(c.alpha2, c.alpha3, c.isoNumeric, c.m49, c.comtradeCode, c.censusCode, c.name, c.officialName)
                    .update();
            for (String variant : c.names) {
                names.putIfAbsent(NameKey.of(variant), c.alpha2 + "\t" + variant);
            }
        }
        for (String[] variant : readOwn("country-name-variants.csv", 2)) {
            if (countries.containsKey(variant[0])) {
                names.put(NameKey.of(variant[1]), variant[0] + "\t" + variant[1]);
            }
        }
        List<Object[]> nameRows = new ArrayList<>();
        names.forEach((folded, value) -> {
            if (!folded.isEmpty()) {
                String[] parts = value.split("\t", 2);
                nameRows.add(new Object[] {folded, parts[0], parts[1]});
            }
        });
        template.batchUpdate("insert into country_name (folded, alpha2, name) values (?, ?, ?)", nameRows);

        int position = 0;
        for (Map.Entry<String, String> s : sections.entrySet()) {
            jdbc.sql("insert into hs_section (section, position, name) values (?, ?, ?)")
                    .params(s.getKey(), ++position, s.getValue()).update();
        }
        template.batchUpdate("insert into hs_code (code, level, parent, section, description) values (?, ?, ?, ?, ?)",
                codes.stream().map(c -> new Object[] {c.code, c.level, c.parent, c.section, c.description}).toList());
        position = 0;
        for (SectorRow sector : sectors) {
            jdbc.sql("insert into sector (id, position, name, description) values (?, ?, ?, ?)")
                    .params(sector.id, ++position, sector.name, sector.description).update();
            for (String prefix : sector.prefixes) {
                jdbc.sql("insert into sector_prefix (sector_id, prefix) values (?, ?)").params(sector.id, prefix).update();
            }
        }
        Map<String, String> sectorOfCode = SectorAssignment.assign(
                codes.stream().map(c -> c.code).toList(), sectors.stream().collect(
                        LinkedHashMap::new, (m, s) -> s.prefixes.forEach(p -> m.put(p, s.id)), Map::putAll));
        template.batchUpdate("insert into hs_sector (code, sector_id) values (?, ?)",
                sectorOfCode.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()}).toList());

        int censusCodes = (int) countries.values().stream().filter(c -> c.censusCode != null).count();
        jdbc.sql("""
                insert into reference_load (location, checksum, countries, hs_codes, sectors) values (?, ?, ?, ?, ?)""")
                .params(location.describe(), HexFormat.of().formatHex(digest.digest()), countries.size(), codes.size(),
                        sectors.size()).update();
        events.publishEvent(new ReferenceDataLoaded(location.describe(), countries.size(), codes.size(), sectors.size()));
        Summary summary = new Summary(location.describe(), countries.size(), censusCodes, codes.size(), sectors.size());
        audit.record("reference data loaded", location.describe(), null, summary);
        return summary;
    }

    private static final class CountryRow {
        String alpha2;
        String alpha3;
        Integer isoNumeric;
        Integer m49;
        Integer comtradeCode;
        String censusCode;
        String name;
        String officialName;
        final List<String> names = new ArrayList<>();
    }

    private record HsRow(String code, int level, String parent, String section, String description) {
    }

    private record SectorRow(String id, String name, String description, List<String> prefixes) {
    }

    private static Map<String, CountryRow> parseCountries(byte[] file) {
        Map<String, CountryRow> countries = new LinkedHashMap<>();
        for (CSVRecord r : records(file, "countries/country-codes.csv")) {
            String alpha2 = r.get("ISO3166-1-Alpha-2").trim();
            String alpha3 = r.get("ISO3166-1-Alpha-3").trim();
            if (!alpha2.matches("[A-Z]{2}") || !alpha3.matches("[A-Z]{3}")) {
                continue; // entries without ISO codes (e.g. dissolved states) cannot be traded with
            }
            CountryRow c = new CountryRow();
            c.alpha2 = alpha2;
            c.alpha3 = alpha3;
            c.isoNumeric = integerOrNull(r.get("ISO3166-1-numeric"));
            c.m49 = integerOrNull(r.get("M49"));
            String cldr = r.get("CLDR display name").trim();
            String shortName = r.get("UNTERM English Short").trim();
            String official = r.get("official_name_en").trim();
            c.name = cldr.length() > 3 ? cldr : !official.isEmpty() ? official : shortName;
            c.officialName = r.get("UNTERM English Formal").trim();
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
        return countries;
    }

    private static void applyCensusCodes(Map<String, CountryRow> countries) {
        for (String[] row : readOwn("census-country-codes.csv", 3)) {
            CountryRow c = countries.get(row[0]);
            if (c != null) {
                c.censusCode = row[1];
                c.names.add(row[2]);
            }
        }
    }

    private static void applyComtradeCodes(Map<String, CountryRow> countries) {
        for (CountryRow c : countries.values()) {
            c.comtradeCode = c.m49;
        }
        for (String[] row : readOwn("comtrade-codes.csv", 2)) {
            CountryRow c = countries.get(row[0]);
            if (c != null) {
                c.comtradeCode = Integer.parseInt(row[1]);
            }
        }
    }

    private static Map<String, String> parseSections(byte[] file) {
        Map<String, String> sections = new LinkedHashMap<>();
        for (CSVRecord r : records(file, "hs/sections.csv")) {
            String name = r.get(1).trim();
            sections.put(r.get(0).trim(), name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1));
        }
        return sections;
    }

    private static List<HsRow> parseHs(byte[] file, Map<String, String> sections) {
        List<HsRow> codes = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (CSVRecord r : records(file, "hs/harmonized-system.csv")) {
            String code = r.get("hscode").trim();
            String section = r.get("section").trim();
            if (code.equals("TOTAL")) {
                continue;
            }
            if (section.equals("TOTAL")) {
                section = null; // "commodities not specified according to kind" (99) stands outside the sections
            }
            int level;
            try {
                level = Integer.parseInt(r.get("level").trim());
            } catch (NumberFormatException e) {
                problems.add(new InputProblem("hs/harmonized-system.csv", "line " + (r.getRecordNumber() + 1), "level",
                        "not a number"));
                continue;
            }
            boolean knownSection = section == null || sections.containsKey(section);
            if (!knownSection || code.length() != level || !code.matches("\\d+")) {
                problems.add(new InputProblem("hs/harmonized-system.csv", "line " + (r.getRecordNumber() + 1),
                        knownSection ? "hscode" : "section", "inconsistent entry for " + code));
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

    private static List<SectorRow> parseSectors() {
        List<SectorRow> sectors = new ArrayList<>();
        for (String[] row : readOwn("sectors.csv", 4)) {
            sectors.add(new SectorRow(row[0], row[1], row[3], List.of(row[2].trim().split("\\s+"))));
        }
        return sectors;
    }

    private static List<String[]> readOwn(String name, int columns) {
        try (InputStream in = ReferenceLoader.class.getResourceAsStream(name)) {
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
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInput(new InputProblem(name, null, null, "not a readable CSV file: " + e.getMessage()));
        }
    }

    private static byte[] read(ReferenceLocation location, String relative, MessageDigest digest) {
        try (InputStream in = location.open(relative)) {
            byte[] bytes = in.readAllBytes();
            digest.update(bytes);
            return bytes;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read reference file " + relative + " from " + location.describe()
                    + ": " + e.getMessage(), e);
        }
    }

    private static Integer integerOrNull(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
