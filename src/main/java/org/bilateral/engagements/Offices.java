package org.bilateral.engagements;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.bilateral.shared.NameKey;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The bilingual lexicon of offices and institutions ({@code offices.csv} beside this class, its columns stated at its
 * head): "Bộ Công Thương" and "Ministry of Industry and Trade (MOIT)" are one institution, "Bộ trưởng Bộ Công Thương"
 * and "Minister of Industry and Trade" one office, composed from the rank "Bộ trưởng" and the ministry rather than listed
 * pair by pair. The register keeps titles and names as reports wrote them and asks the lexicon which are one and how a
 * page in either language shows them; what the lexicon does not know stays as written, in both languages. Loaded and
 * checked once; a row it cannot read stops the workbench with the line and field.
 */
@Component
public class Offices {

    /** The columns of the file, in this order. */
    static final List<String> COLUMNS = List.of("type", "country", "kind", "vi", "en", "acronym", "variants_vi", "variants_en");

    private static final String RESOURCE = "offices.csv";
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(name|of)}");

    /** An office in both languages; {@code country} null for one any country has (Senator, Prime Minister). */
    public record Office(String vi, String en, @Nullable String country) {
        public String in(Locale locale) {
            return vietnamese(locale) ? vi : en;
        }
    }

    /** An institution in both languages, with every way the lexicon knows of writing it. */
    public record Institution(String vi, String en, @Nullable String acronym, String country, OrganisationKind kind, List<String> forms) {
        public Institution {
            forms = List.copyOf(forms);
        }

        public String in(Locale locale) {
            return vietnamese(locale) ? vi : en;
        }
    }

    private final Index<Office> offices = new Index<>();
    private final Index<Institution> institutions = new Index<>();
    /** Each institution's Vietnamese and English forms apart, which a rank's patterns compose with. */
    private final Map<Institution, List<String>> formsVi = new HashMap<>();
    private final Map<Institution, List<String>> formsEn = new HashMap<>();

    /** The lexicon shipped with the workbench. */
    public Offices() {
        this(RESOURCE, shipped());
    }

    /** A lexicon read from this text; {@code file} names it in a refusal. */
    Offices(String file, String text) {
        read(file, text);
    }

    private static String shipped() {
        try (InputStream in = Offices.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the lexicon of offices " + RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- asking the lexicon ---------------------------------------------------------------------------------------

    /** The office a title names, for a person of this country (null when unknown); empty when it names none for sure. */
    public Optional<Office> office(@Nullable String title, @Nullable String country) {
        return offices.find(title, country, Office::country);
    }

    /** The institution a name or acronym names, for an organisation of this country (null when unknown). */
    public Optional<Institution> institution(@Nullable String name, @Nullable String country) {
        return institutions.find(name, country, Institution::country);
    }

    /** A title as a page in this language shows it: the office's form in that language, or the title as written. */
    public String title(String asWritten, @Nullable String country, Locale locale) {
        return office(asWritten, country).map(o -> o.in(locale)).orElse(asWritten);
    }

    /** An organisation's name as a page in this language shows it: the institution's name in it, or the name as written. */
    public String organisation(String asWritten, @Nullable String country, Locale locale) {
        return institution(asWritten, country).map(i -> i.in(locale)).orElse(asWritten);
    }

    /** Every institution of the lexicon, in the file's order. */
    public List<Institution> institutions() {
        return institutions.all();
    }

    /** Every office of the lexicon, whole and composed, in the file's order. */
    public List<Office> offices() {
        return offices.all();
    }

    static boolean vietnamese(Locale locale) {
        return "vi".equals(locale.getLanguage());
    }

    // --- reading the file ---------------------------------------------------------------------------------------

    /** A rank, kept until every institution is read: it composes with those of its country and kind. */
    private record Rank(long line, String country, OrganisationKind kind, String vi, String en, List<String> variantsVi, List<String> variantsEn) {
    }

    private void read(String file, String text) {
        List<Row> rows = new ArrayList<>();
        try (Reader in = new StringReader(text);
             CSVParser parser = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get().parse(in)) {
            for (CSVRecord row : parser) {
                // each row is one line, and the parser has just read to its end
                rows.add(new Row(file, row, parser.getCurrentLineNumber()));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInput(new InputProblem(file, null, null, Said.of("refusal.engagements.offices.notCsv", String.valueOf(e.getMessage()))));
        }
        if (rows.isEmpty() || !rows.get(0).row.toList().equals(COLUMNS)) {
            throw new InvalidInput(new InputProblem(file, rows.isEmpty() ? null : InputProblem.line(rows.get(0).line()), "header",
                    Said.of("refusal.engagements.offices.columns", String.join(",", COLUMNS))));
        }
        List<Rank> ranks = new ArrayList<>();
        for (Row r : rows.subList(1, rows.size())) {
            r.checkWidth();
            switch (r.required("type")) {
                case "institution" -> institution(r);
                case "office" -> office(r);
                case "rank" -> ranks.add(rank(r));
                default -> throw r.refused("type", Said.of("refusal.engagements.offices.type", r.text("type")));
            }
        }
        for (Rank rank : ranks) {
            compose(file, rank);
        }
    }

    private void institution(Row r) {
        String country = r.country();
        if (country == null) {
            throw r.refused("country", Said.of("refusal.engagements.offices.institutionCountry"));
        }
        String acronym = r.optional("acronym");
        r.noPlaceholder();
        List<String> vi = concat(r.required("vi"), r.list("variants_vi"));
        List<String> en = concat(r.required("en"), r.list("variants_en"));
        List<String> forms = new ArrayList<>(vi);
        forms.addAll(en);
        if (acronym != null) {
            forms.add(acronym);
        }
        Institution institution = new Institution(r.required("vi"), r.required("en"), acronym, country, r.kind(), forms);
        institutions.add(r, institution, forms, country);
        formsVi.put(institution, vi);
        formsEn.put(institution, en);
    }

    private void office(Row r) {
        if (r.optional("kind") != null || r.optional("acronym") != null) {
            throw r.refused(r.optional("kind") != null ? "kind" : "acronym", Said.of("refusal.engagements.offices.officeKind"));
        }
        r.noPlaceholder();
        Office office = new Office(r.required("vi"), r.required("en"), r.country());
        List<String> forms = new ArrayList<>(List.of(office.vi(), office.en()));
        forms.addAll(r.list("variants_vi"));
        forms.addAll(r.list("variants_en"));
        offices.add(r, office, forms, office.country());
    }

    private static Rank rank(Row r) {
        String country = r.country();
        if (country == null) {
            throw r.refused("country", Said.of("refusal.engagements.offices.rankCountry"));
        }
        for (String field : List.of("vi", "en")) {
            if (!PLACEHOLDER.matcher(r.required(field)).find()) {
                throw r.refused(field, Said.of("refusal.engagements.offices.rankPlaceholder"));
            }
        }
        return new Rank(r.line(), country, r.kind(), r.required("vi"), r.required("en"), r.list("variants_vi"), r.list("variants_en"));
    }

    /** The rank with every institution of its country and kind: "Bộ trưởng" and "Bộ Công Thương". */
    private void compose(String file, Rank rank) {
        boolean any = false;
        for (Institution institution : institutions.all()) {
            if (!institution.country().equals(rank.country()) || institution.kind() != rank.kind()) {
                continue;
            }
            List<String> vi = formsVi.getOrDefault(institution, List.of());
            List<String> en = formsEn.getOrDefault(institution, List.of());
            String canonicalVi = filled(rank.vi(), institution.vi(), ofVi(institution.vi()));
            String canonicalEn = filled(rank.en(), institution.en(), ofEn(institution.en()));
            if (canonicalVi == null || canonicalEn == null) {
                throw new InvalidInput(new InputProblem(file, InputProblem.line(rank.line()), canonicalVi == null ? "vi" : "en",
                        Said.of("refusal.engagements.offices.notComposed", institution.en())));
            }
            Office office = new Office(canonicalVi, canonicalEn, rank.country());
            Set<String> forms = new LinkedHashSet<>();
            for (String pattern : concat(rank.vi(), rank.variantsVi())) {
                vi.forEach(name -> add(forms, filled(pattern, name, ofVi(name))));
            }
            for (String pattern : concat(rank.en(), rank.variantsEn())) {
                en.forEach(name -> add(forms, filled(pattern, name, ofEn(name))));
            }
            offices.add(new Line(file, rank.line()), office, List.copyOf(forms), rank.country());
            any = true;
        }
        if (!any) {
            throw new InvalidInput(new InputProblem(file, InputProblem.line(rank.line()), "kind",
                    Said.of("refusal.engagements.offices.noInstitution", rank.country(), rank.kind().code())));
        }
    }

    private static void add(Set<String> forms, @Nullable String form) {
        if (form != null) {
            forms.add(form);
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** The pattern with the institution's name; null when it asks for an {of} the name does not have. */
    private static @Nullable String filled(String pattern, String name, @Nullable String of) {
        if (pattern.contains("{of}") && of == null) {
            return null;
        }
        String filled = pattern.replace("{name}", name).replace("{of}", of == null ? "" : of).strip();
        // "Secretary of the Treasury" and "{of} Secretary" give "the Treasury Secretary": a title does not start so
        return filled.regionMatches(true, 0, "the ", 0, 4) ? filled.substring(4) : filled;
    }

    /** What a Vietnamese ministry's name says after "Bộ ": "Công Thương" of "Bộ Công Thương". */
    private static @Nullable String ofVi(String name) {
        return name.startsWith("Bộ ") && name.length() > 3 ? name.substring(3) : null;
    }

    /** What an English name says after " of ": "Commerce" of "U.S. Department of Commerce". */
    private static @Nullable String ofEn(String name) {
        int of = name.indexOf(" of ");
        return of < 0 ? null : name.substring(of + 4);
    }

    // --- the file's rows --------------------------------------------------------------------------------------------

    /** Where a form was written, for a refusal. */
    private record Line(String file, long line) {
        InvalidInput refused(String field, Said message) {
            return new InvalidInput(new InputProblem(file, InputProblem.line(line), field, message));
        }
    }

    private static final class Row {
        private final String file;
        private final CSVRecord row;

        private final long line;

        Row(String file, CSVRecord row, long line) {
            this.file = file;
            this.row = row;
            this.line = line;
        }

        void checkWidth() {
            if (row.size() != COLUMNS.size()) {
                throw refused("columns", Said.of("refusal.engagements.offices.width", row.size(), COLUMNS.size()));
            }
        }

        long line() {
            return line;
        }

        Line where() {
            return new Line(file, line());
        }

        String text(String column) {
            return row.get(COLUMNS.indexOf(column));
        }

        String required(String column) {
            String value = text(column);
            if (value.isBlank()) {
                throw refused(column, Said.of("refusal.engagements.offices.empty"));
            }
            return value;
        }

        @Nullable String optional(String column) {
            String value = text(column);
            return value.isBlank() ? null : value;
        }

        List<String> list(String column) {
            String value = text(column);
            if (value.isBlank()) {
                return List.of();
            }
            List<String> items = Arrays.stream(value.split("\\|")).map(String::strip).toList();
            if (items.stream().anyMatch(String::isEmpty)) {
                throw refused(column, Said.of("refusal.engagements.offices.emptyVariant"));
            }
            return items;
        }

        @Nullable String country() {
            String country = optional("country");
            if (country != null && !COUNTRY.matcher(country).matches()) {
                throw refused("country", Said.of("refusal.engagements.offices.country", country));
            }
            return country;
        }

        OrganisationKind kind() {
            String kind = required("kind");
            try {
                return OrganisationKind.parse(kind);
            } catch (IllegalArgumentException e) {
                throw refused("kind", Said.of("refusal.engagements.offices.kind", kind));
            }
        }

        void noPlaceholder() {
            for (String column : List.of("vi", "en", "variants_vi", "variants_en")) {
                if (PLACEHOLDER.matcher(text(column)).find()) {
                    throw refused(column, Said.of("refusal.engagements.offices.placeholder"));
                }
            }
        }

        InvalidInput refused(String field, Said message) {
            return new InvalidInput(new InputProblem(file, InputProblem.line(line), field, message));
        }
    }

    // --- the index ------------------------------------------------------------------------------------------------

    /**
     * Forms by two keys: exact (no case, spaces or punctuation, diacritics kept), and folded ({@link NameKey}, no
     * diacritics) for a form written without any. A key two entries of one country share is refused when read; one
     * entries of different countries share is resolved by the country asked for.
     */
    private static final class Index<T> {
        private final List<T> all = new ArrayList<>();
        private final Map<String, List<T>> exact = new HashMap<>();
        private final Map<String, List<T>> folded = new HashMap<>();
        private final Map<String, Line> written = new HashMap<>();

        void add(Row r, T entry, List<String> forms, @Nullable String country) {
            add(r.where(), entry, forms, country);
        }

        void add(Line where, T entry, List<String> forms, @Nullable String country) {
            if (!all.contains(entry)) {
                all.add(entry);
            }
            for (String form : forms) {
                String key = exactKey(form);
                if (key.length() < 2) {
                    throw where.refused("forms", Said.of("refusal.engagements.offices.noLetters", form));
                }
                List<T> same = exact.computeIfAbsent(key, k -> new ArrayList<>());
                String owner = key + "@" + (country == null ? "" : country);
                Line first = written.putIfAbsent(owner, where);
                if (first != null && !same.contains(entry)) {
                    throw where.refused("forms", Said.of("refusal.engagements.offices.formTwice", form, String.valueOf(first.line())));
                }
                if (!same.contains(entry)) {
                    same.add(entry);
                }
                List<T> fold = folded.computeIfAbsent(NameKey.of(form), k -> new ArrayList<>());
                if (!fold.contains(entry)) {
                    fold.add(entry);
                }
            }
        }

        List<T> all() {
            return List.copyOf(all);
        }

        /**
         * The one entry the text names for this country: of the entries written so, those of the country first, then
         * those of no country; an entry of another country never. With the country unknown, only a text one entry has.
         */
        Optional<T> find(@Nullable String text, @Nullable String country, java.util.function.Function<T, @Nullable String> countryOf) {
            if (text == null || text.isBlank()) {
                return Optional.empty();
            }
            boolean plain = text.chars().allMatch(c -> c < 128);
            List<T> candidates = (plain ? folded.get(NameKey.of(text)) : exact.get(exactKey(text)));
            if (candidates == null) {
                return Optional.empty();
            }
            if (country == null) {
                return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
            }
            List<T> theirs = candidates.stream().filter(c -> country.equals(countryOf.apply(c))).toList();
            if (theirs.isEmpty()) {
                theirs = candidates.stream().filter(c -> countryOf.apply(c) == null).toList();
            }
            return theirs.size() == 1 ? Optional.of(theirs.get(0)) : Optional.empty();
        }
    }

    /** A form without case, spaces or punctuation, its diacritics kept: "Bộ Công Thương" is "bộcôngthương". */
    static String exactKey(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(nfc.length());
        nfc.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }

    @Override
    public String toString() {
        return "Offices[" + institutions.all().size() + " institutions, " + offices.all().size() + " offices]";
    }
}
