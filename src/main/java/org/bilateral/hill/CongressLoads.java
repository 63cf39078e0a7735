package org.bilateral.hill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bilateral.identity.AuditTrail;
import org.bilateral.reference.ReferenceDataLoaded;
import org.bilateral.reference.ReferenceFiles;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.bilateral.shared.Unavailable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Use case: load the members of Congress, their committees and seats from a snapshot of the congress files (the
 * reference location's {@code congress/}, or a newer one by {@code bilateral hill load DIR}). A load is checked whole
 * before anything is written (a bad file changes nothing), compares the snapshot with what is held (the same files
 * change nothing, and say so), keeps a member the snapshot no longer lists as former rather than deleting them (past
 * engagements still name them, and their links to the register's persons hold, by bioguide id), is audited, and then
 * links the register's persons to the members again ({@link LegislatorMatches#refresh}).
 */
@Service
public class CongressLoads {

    /** The congress files under the reference location. */
    static final String REFERENCE_FOLDER = "congress/";

    /**
     * What a load did. {@code added}, {@code departed} and {@code changed} are the members' labels ("Sen. Bill Hagerty
     * (R-TN)"); a member who comes back after leaving is added again. Nothing changed when all are empty and no seat or
     * committee changed.
     *
     * @param members    sitting members after the load
     * @param committees committees and subcommittees after the load
     * @param seats      seats after the load
     */
    public record Loaded(String source, int members, int committees, int seats, List<String> added, List<String> departed,
                         List<String> changed, int committeesChanged, int seatsChanged) {

        public boolean changedAnything() {
            return !added.isEmpty() || !departed.isEmpty() || !changed.isEmpty() || committeesChanged > 0 || seatsChanged > 0;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(CongressLoads.class);

    private final HillStore store;
    private final ReferenceFiles files;
    private final AuditTrail audit;
    private final LegislatorMatches matches;
    private final TransactionTemplate ownTransaction;
    private final AtomicBoolean triedReference = new AtomicBoolean();

    CongressLoads(HillStore store, ReferenceFiles files, AuditTrail audit, LegislatorMatches matches,
                  PlatformTransactionManager transactions) {
        this.store = store;
        this.files = files;
        this.audit = audit;
        this.matches = matches;
        this.ownTransaction = new TransactionTemplate(transactions);
        // a first question may come inside a read-only transaction: the first load is written in its own
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Reference data (re)loaded: the congress files come with it. Absent, the Hill holds no members; refused, it keeps what it held. */
    @EventListener
    void referenceLoaded(ReferenceDataLoaded loaded) {
        triedReference.set(true);
        loadReferenceQuietly();
    }

    /**
     * A database that predates the Hill, or one whose reference data was loaded before: the first question loads the
     * congress files of the reference location, once in the process.
     */
    void ensureLoaded() {
        if (triedReference.get() || store.lastLoad().isPresent()) {
            return;
        }
        if (triedReference.compareAndSet(false, true)) {
            ownTransaction.executeWithoutResult(status -> loadReferenceQuietly());
        }
    }

    private void loadReferenceQuietly() {
        try {
            Optional<Loaded> loaded = loadReference();
            loaded.ifPresentOrElse(l -> log.info("The Hill: {} members, {} committees, {} seats from {}", l.members(), l.committees(),
                    l.seats(), l.source()), () -> log.info("The Hill holds no members: the reference location has no congress/ files"));
        } catch (InvalidInput e) {
            log.warn("The congress reference files were refused, the members held are kept:\n{}", e.getMessage());
        }
    }

    /** Loads the reference location's congress files; empty when the location holds none of them. */
    @Transactional
    public Optional<Loaded> loadReference() {
        byte[][] bytes = new byte[3][];
        String[] names = {CongressFiles.LEGISLATORS, CongressFiles.COMMITTEES, CongressFiles.MEMBERSHIP};
        for (int i = 0; i < names.length; i++) {
            try {
                bytes[i] = files.read(REFERENCE_FOLDER + names[i]);
            } catch (Unavailable e) {
                if (i == 0) {
                    return Optional.empty();
                }
                throw new InvalidInput(new InputProblem(names[i], null, null, Said.of("refusal.hill.fileMissing", REFERENCE_FOLDER)));
            }
        }
        return Optional.of(load(bytes[0], bytes[1], bytes[2], files.describe("congress"), "reference load"));
    }

    /** Loads the three congress files of a folder (a newer snapshot than the reference data's). */
    @Transactional
    public Loaded load(Path folder) {
        byte[][] bytes = new byte[3][];
        String[] names = {CongressFiles.LEGISLATORS, CongressFiles.COMMITTEES, CongressFiles.MEMBERSHIP};
        List<InputProblem> missing = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            Path file = folder.resolve(names[i]);
            if (!Files.isRegularFile(file)) {
                missing.add(new InputProblem(names[i], null, null, Said.of("refusal.hill.fileMissing", folder.toString())));
                continue;
            }
            try {
                bytes[i] = Files.readAllBytes(file);
            } catch (IOException e) {
                missing.add(new InputProblem(names[i], null, null, Said.of("refusal.shared.cannotReadFile", String.valueOf(e.getMessage()))));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
        return load(bytes[0], bytes[1], bytes[2], folder.toAbsolutePath().normalize().toString(), null);
    }

    private Loaded load(byte[] legislators, byte[] committees, byte[] membership, String source, @Nullable String actor) {
        CongressFiles.Snapshot snapshot = CongressFiles.read(legislators, committees, membership);
        store.lock();
        String checksum = checksum(legislators, committees, membership);
        Loaded loaded = apply(snapshot, source);
        if (loaded.changedAnything() || store.lastLoad().isEmpty()) {
            String by = actor != null ? actor : AuditTrail.currentActor();
            store.recordLoad(by, source, checksum, loaded);
            audit.record(by, "congress loaded", source, null, loaded);
            matches.refresh();
        }
        return loaded;
    }

    /** The three files' SHA-256 together, recorded with the load so that a snapshot can be told from another. */
    private static String checksum(byte[]... files) {
        try {
            java.security.MessageDigest all = java.security.MessageDigest.getInstance("SHA-256");
            for (byte[] file : files) {
                all.update(java.security.MessageDigest.getInstance("SHA-256").digest(file));
            }
            return java.util.HexFormat.of().formatHex(all.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Brings what is held to the snapshot, and says what that changed. */
    private Loaded apply(CongressFiles.Snapshot snapshot, String source) {
        Map<BioguideId, HillStore.Held> held = new HashMap<>();
        store.members().forEach(h -> held.put(h.member().legislator().id(), h));
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> departed = new ArrayList<>();
        // committees first: seats point at them, subcommittees at their committees (the snapshot lists parents first)
        Map<String, CongressFiles.Committee> heldCommittees = store.committees();
        int committeesChanged = 0;
        for (CongressFiles.Committee c : snapshot.committees().values()) {
            if (!c.equals(heldCommittees.get(c.id()))) {
                store.upsert(c);
                committeesChanged++;
            }
        }
        for (Member m : snapshot.members().values()) {
            HillStore.Held h = held.get(m.legislator().id());
            if (h == null || !h.sitting()) {
                added.add(m.legislator().label());
                store.upsert(m);
            } else if (!h.member().equals(m)) {
                changed.add(m.legislator().label());
                store.upsert(m);
            }
        }
        // seats: those the snapshot drops go first, so that a departing member leaves none behind
        Map<String, CongressFiles.SeatRow> heldSeats = new HashMap<>();
        store.seatRows().forEach(s -> heldSeats.put(s.committeeId() + " " + s.member().value(), s));
        Set<String> wanted = new HashSet<>();
        int seatsChanged = 0;
        for (CongressFiles.SeatRow s : snapshot.seats()) {
            String key = s.committeeId() + " " + s.member().value();
            wanted.add(key);
            if (!Objects.equals(heldSeats.get(key), s)) {
                store.upsert(s);
                seatsChanged++;
            }
        }
        for (Map.Entry<String, CongressFiles.SeatRow> h : heldSeats.entrySet()) {
            if (!wanted.contains(h.getKey())) {
                store.deleteSeat(h.getValue().committeeId(), h.getValue().member());
                seatsChanged++;
            }
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (HillStore.Held h : held.values()) {
            if (h.sitting() && !snapshot.members().containsKey(h.member().legislator().id())) {
                departed.add(h.member().legislator().label());
                store.departed(h.member().legislator().id(), today);
            }
        }
        // subcommittees retire before their committees: none is left pointing at a retired parent that is still current
        List<CongressFiles.Committee> gone = heldCommittees.values().stream().filter(k -> !snapshot.committees().containsKey(k.id()))
                .sorted(java.util.Comparator.comparing((CongressFiles.Committee k) -> k.parentId() == null)).toList();
        for (CongressFiles.Committee k : gone) {
            store.retire(k.id());
            committeesChanged++;
        }
        added.sort(null);
        changed.sort(null);
        departed.sort(null);
        return new Loaded(source, (int) store.sittingCount(), (int) store.committeeCount(), (int) store.seatCount(), List.copyOf(added),
                List.copyOf(departed), List.copyOf(changed), committeesChanged, seatsChanged);
    }
}
