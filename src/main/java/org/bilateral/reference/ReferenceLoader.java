package org.bilateral.reference;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bilateral.identity.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case: load reference data from the configured location into the database, replacing what was there in one
 * transaction ({@link ReferenceTables} reads the files, {@link ReferenceStore} writes them). Countries and HS codes come
 * from the public files; Census codes, Comtrade's own codes, extra name variants and the sector definitions are
 * Bilateral's own tables, shipped with it.
 */
@Service
public class ReferenceLoader {

    private static final Logger log = LoggerFactory.getLogger(ReferenceLoader.class);

    private final AuditTrail audit;
    private final ReferenceStore store;
    private final ApplicationEventPublisher events;
    private final String configuredLocation;

    ReferenceLoader(ReferenceStore store, ApplicationEventPublisher events, @Value("${bilateral.reference:}") String configuredLocation,
                    AuditTrail audit) {
        this.audit = audit;
        this.store = store;
        this.events = events;
        this.configuredLocation = configuredLocation;
    }

    /**
     * @param vietnameseDescriptions the chapters, headings and subheadings given a Vietnamese description; 0 when the
     *                               location has no {@code hs/hs2022-vi.csv} (pages in Vietnamese then show the English
     *                               description, marked as such)
     */
    public record Summary(String location, int countries, int censusCodes, int hsCodes, int sectors, int vietnameseDescriptions) {
    }

    public String configuredLocation() {
        return ReferenceLocation.of(configuredLocation).describe();
    }

    public boolean isLoaded() {
        return store.isLoaded();
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
        byte[] countryFile = read(location, ReferenceTables.COUNTRIES, digest);
        byte[] hsFile = read(location, ReferenceTables.HS, digest);
        byte[] sectionFile = read(location, ReferenceTables.SECTIONS, digest);
        byte[] vietnameseFile = readIfThere(location, ReferenceTables.VIETNAMESE, digest);

        // every file read and checked before anything is deleted: a refused file leaves the data as it was
        Map<String, ReferenceTables.CountryRow> countries = ReferenceTables.countries(countryFile);
        Map<String, String> sections = ReferenceTables.sections(sectionFile);
        List<ReferenceTables.HsRow> codes = ReferenceTables.codes(hsFile, sections);
        List<ReferenceTables.SectorRow> sectors = ReferenceTables.sectors();
        ReferenceTables.Vietnamese vietnamese = vietnameseFile == null
                ? new ReferenceTables.Vietnamese(Map.of(), List.of(), 0) : ReferenceTables.vietnamese(vietnameseFile, codes);

        store.clear();
        store.countries(countries.values(), ReferenceTables.names(countries));
        store.nomenclature(sections, codes);
        store.vietnamese(vietnamese.descriptions());
        store.sectors(sectors, ReferenceTables.sectorOfCode(codes, sectors));
        store.loaded(location.describe(), HexFormat.of().formatHex(digest.digest()), countries.size(), codes.size(), sectors.size());

        int censusCodes = (int) countries.values().stream().filter(c -> c.censusCode != null).count();
        events.publishEvent(new ReferenceDataLoaded(location.describe(), countries.size(), codes.size(), sectors.size()));
        Summary summary = new Summary(location.describe(), countries.size(), censusCodes, codes.size(), sectors.size(),
                vietnamese.descriptions().size());
        if (vietnameseFile == null) {
            log.warn("No {} at {}: pages in Vietnamese show the English HS descriptions, marked as such",
                    ReferenceTables.VIETNAMESE, location.describe());
        } else if (!vietnamese.notInHs2022().isEmpty()) {
            // chapter 77, which the HS keeps in reserve: said, not shown, since no trade is ever classified in it
            log.info("{}: left out {} code(s) HS 2022 does not have: {}", ReferenceTables.VIETNAMESE,
                    vietnamese.notInHs2022().size(), String.join(", ", vietnamese.notInHs2022()));
        }
        audit.record("reference data loaded", location.describe(), null, summary);
        return summary;
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

    /** An optional file: null when the location does not hold it, any other failure to read it said as for the others. */
    private static byte @Nullable [] readIfThere(ReferenceLocation location, String relative, MessageDigest digest) {
        if (!location.holds(relative)) {
            return null;
        }
        return read(location, relative, digest);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
