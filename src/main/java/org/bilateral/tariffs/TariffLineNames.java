package org.bilateral.tariffs;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bilateral.reference.ReferenceDataLoaded;
import org.bilateral.reference.ReferenceFiles;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.TextFiles;
import org.bilateral.shared.Unavailable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The names of the schedule's codes, national lines included, from the reference location's {@code hs/hs2022-vi.csv}:
 * the reference nomenclature ({@code reference.Nomenclature}) holds chapters, headings and subheadings only, and a line's
 * own text ("- - Loại khác") says little without its parents, so a line is named by the file's path of its parents'
 * words in Vietnamese ("Ngựa: > Loại thuần chủng để nhân giống") and by its own text in English.
 */
@Service
public class TariffLineNames {

    private static final Logger log = LoggerFactory.getLogger(TariffLineNames.class);

    private record Names(Map<String, String> vietnamese, Map<String, String> english) {
    }

    private final ReferenceFiles files;
    private volatile @Nullable Names names;

    TariffLineNames(ReferenceFiles files) {
        this.files = files;
    }

    @EventListener
    void referenceLoaded(ReferenceDataLoaded loaded) {
        names = null;
    }

    /** The code's name in a language; empty when the reference location has no name for it. */
    public Optional<String> name(HsCode code, Locale locale) {
        Names held = names();
        boolean vietnamese = "vi".equals(locale.getLanguage());
        String name = vietnamese ? held.vietnamese().get(code.digits()) : held.english().get(code.digits());
        return Optional.ofNullable(name);
    }

    private Names names() {
        Names held = names;
        if (held == null) {
            held = read();
            names = held;
        }
        return held;
    }

    private Names read() {
        Map<String, String> vi = new HashMap<>();
        Map<String, String> en = new HashMap<>();
        byte[] bytes;
        try {
            bytes = files.read("hs/hs2022-vi.csv");
        } catch (Unavailable e) {
            return new Names(Map.of(), Map.of());
        }
        try (Reader in = new InputStreamReader(new java.io.ByteArrayInputStream(TextFiles.withoutBom(bytes)), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord r : parser) {
                String code = get(r, "hscode");
                if (code == null || !HsCode.isValid(code)) {
                    continue;
                }
                String path = get(r, "description_vi_path");
                String own = get(r, "description_vi");
                String vietnamese = path != null ? path : own;
                if (vietnamese != null) {
                    vi.put(code, vietnamese);
                }
                String english = get(r, "description_en");
                if (english != null) {
                    en.put(code, english);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the names only label the page: a file that cannot be read leaves the lines unnamed, the rates stand
            log.warn("hs/hs2022-vi.csv could not be read for the tariff lines' names: {}", e.toString());
            return new Names(Map.of(), Map.of());
        }
        return new Names(Map.copyOf(vi), Map.copyOf(en));
    }

    private static @Nullable String get(CSVRecord r, String column) {
        if (!r.isSet(column)) {
            return null;
        }
        String v = r.get(column).strip();
        return v.isEmpty() ? null : v;
    }
}
