package org.bilateral.reference;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bilateral.identity.AuditTrail;
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

    public record Summary(String location, int countries, int censusCodes, int hsCodes, int sectors) {
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

        // every file read and checked before anything is deleted: a refused file leaves the data as it was
        Map<String, ReferenceTables.CountryRow> countries = ReferenceTables.countries(countryFile);
        Map<String, String> sections = ReferenceTables.sections(sectionFile);
        List<ReferenceTables.HsRow> codes = ReferenceTables.codes(hsFile, sections);
        List<ReferenceTables.SectorRow> sectors = ReferenceTables.sectors();

        store.clear();
        store.countries(countries.values(), ReferenceTables.names(countries));
        store.nomenclature(sections, codes);
        store.sectors(sectors, ReferenceTables.sectorOfCode(codes, sectors));
        store.loaded(location.describe(), HexFormat.of().formatHex(digest.digest()), countries.size(), codes.size(), sectors.size());

        int censusCodes = (int) countries.values().stream().filter(c -> c.censusCode != null).count();
        events.publishEvent(new ReferenceDataLoaded(location.describe(), countries.size(), codes.size(), sectors.size()));
        Summary summary = new Summary(location.describe(), countries.size(), censusCodes, codes.size(), sectors.size());
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
