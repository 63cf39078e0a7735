package org.bilateral.tariffs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import org.bilateral.identity.AuditTrail;
import org.bilateral.reference.ReferenceDataLoaded;
import org.bilateral.reference.ReferenceFiles;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.bilateral.shared.Unavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Use case: load a version of Vietnam's tariff schedule from the two files {@code vietnam-mfn-applied.csv} and
 * {@code vietnam-preferential-rates.csv} (the reference location's {@code tariffs/}, or a folder by
 * {@code bilateral tariffs load DIR}). Both files are checked whole before anything is written (a bad file changes
 * nothing); the same files again (by checksum) change nothing and say so; a schedule in force from another day adds a
 * version and the ones held stay. Each load is audited.
 */
@Service
public class TariffLoads {

    /** What a load did: the version (new, or the one these files already are), and what it holds. */
    public record LoadReport(Schedule schedule, boolean unchanged, int lines, int preferences, int unpriced) {
    }

    /** The schedule's files under the reference location. */
    static final String REFERENCE_FOLDER = "tariffs/";

    private static final Logger log = LoggerFactory.getLogger(TariffLoads.class);

    private final TariffStore store;
    private final ReferenceFiles files;
    private final AuditTrail audit;
    private final TransactionTemplate ownTransaction;
    private final AtomicBoolean triedReference = new AtomicBoolean();

    TariffLoads(TariffStore store, ReferenceFiles files, AuditTrail audit, PlatformTransactionManager transactions) {
        this.store = store;
        this.files = files;
        this.audit = audit;
        this.ownTransaction = new TransactionTemplate(transactions);
        // a first question may come inside a read-only transaction: the first load is written in its own
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Reference data (re)loaded: the schedule comes with it. Absent, no schedule is held; refused, what is held stays. */
    @EventListener
    void referenceLoaded(ReferenceDataLoaded loaded) {
        triedReference.set(true);
        ownTransaction.executeWithoutResult(status -> loadReferenceQuietly());
    }

    /** A database loaded before the schedule existed: the first question loads the reference files, once in the process. */
    void ensureLoaded() {
        if (triedReference.compareAndSet(false, true) && store.schedules().isEmpty()) {
            ownTransaction.executeWithoutResult(status -> loadReferenceQuietly());
        }
    }

    private void loadReferenceQuietly() {
        try {
            loadReference().ifPresentOrElse(r -> log.info("Vietnam's tariff schedule in force from {}: {} lines from {}{}",
                    r.schedule().inForceFrom(), r.lines(), r.schedule().source(), r.unchanged() ? " (held already)" : ""),
                    () -> log.info("No tariff schedule loaded: the reference location has no tariffs/{} and {}", TariffFiles.MFN,
                            TariffFiles.PREFERENTIAL));
        } catch (InvalidInput e) {
            log.warn("The tariff schedule reference files were refused, the versions held are kept:\n{}", e.getMessage());
        }
    }

    /**
     * Loads the reference location's schedule, in force from 1 January of the files' year, unless a version in force
     * from that day is held already (it is then the one reported, unchanged). Empty when the location holds no schedule.
     */
    @Transactional
    public Optional<LoadReport> loadReference() {
        byte[] mfn;
        byte[] preferential;
        try {
            mfn = files.read(REFERENCE_FOLDER + TariffFiles.MFN);
        } catch (Unavailable e) {
            return Optional.empty();
        }
        try {
            preferential = files.read(REFERENCE_FOLDER + TariffFiles.PREFERENTIAL);
        } catch (Unavailable e) {
            throw new InvalidInput(new InputProblem(TariffFiles.PREFERENTIAL, null, null,
                    Said.of("refusal.tariffs.fileMissing", REFERENCE_FOLDER)));
        }
        String sha = checksum(mfn, preferential);
        Optional<Schedule> same = store.bySha256(sha);
        if (same.isPresent()) {
            return Optional.of(report(same.get(), true));
        }
        TariffFiles.Snapshot snapshot = TariffFiles.read(mfn, preferential, n -> { });
        LocalDate from = LocalDate.of(snapshot.year(), 1, 1);
        Optional<Schedule> held = store.inForceFrom(from);
        if (held.isPresent()) {
            log.info("A tariff schedule in force from {} is held already: the reference files' schedule of {} is not loaded over it",
                    from, snapshot.year());
            return Optional.of(report(held.get(), true));
        }
        return Optional.of(write(snapshot, from, files.describe("tariffs"), sha, "reference load"));
    }

    /** Reads the two files of a directory, in force from a day; refused by file, line and field; atomic. */
    @Transactional
    public LoadReport load(Path directory, LocalDate inForceFrom, String user) {
        return load(directory, inForceFrom, user, n -> { });
    }

    /** The same, telling {@code rowsRead} how many rows of the two files (22,828 for the January 2026 schedule) are read. */
    @Transactional
    public LoadReport load(Path directory, LocalDate inForceFrom, String user, LongConsumer rowsRead) {
        List<InputProblem> missing = new ArrayList<>();
        byte[] mfn = readFile(directory, TariffFiles.MFN, missing);
        byte[] preferential = readFile(directory, TariffFiles.PREFERENTIAL, missing);
        if (!missing.isEmpty() || mfn == null || preferential == null) {
            throw new InvalidInput(missing);
        }
        String sha = checksum(mfn, preferential);
        TariffFiles.Snapshot snapshot = TariffFiles.read(mfn, preferential, rowsRead);
        store.lock();
        Optional<Schedule> same = store.bySha256(sha);
        if (same.isPresent()) {
            return report(same.get(), true);
        }
        Optional<Schedule> held = store.inForceFrom(inForceFrom);
        if (held.isPresent()) {
            throw new InvalidInput(new InputProblem(directory.toString(), null, "--in-force-from",
                    Said.of("refusal.tariffs.dayHeld", inForceFrom.toString(), held.get().source())));
        }
        return write(snapshot, inForceFrom, directory.toAbsolutePath().normalize().toString(), sha, user);
    }

    private LoadReport write(TariffFiles.Snapshot snapshot, LocalDate inForceFrom, String source, String sha, String user) {
        store.lock();
        ScheduleId id = store.insert(inForceFrom, source, sha, snapshot.year(), snapshot.agreements(), user, snapshot.rows());
        Schedule schedule = store.schedule(id).orElseThrow();
        LoadReport report = new LoadReport(schedule, false, snapshot.rows().size(), snapshot.preferences(), snapshot.unpriced());
        audit.record(user, "tariff schedule loaded", "tariff schedule in force from " + inForceFrom, null, report);
        return report;
    }

    private LoadReport report(Schedule schedule, boolean unchanged) {
        List<Agreement> agreements = store.agreements(schedule.id());
        int unpriced = (int) store.lines(schedule.id(), "").stream().filter(l -> l.mfnPercent() == null).count();
        return new LoadReport(schedule, unchanged, schedule.lines(), schedule.lines() * agreements.size(), unpriced);
    }

    private static byte @org.jspecify.annotations.Nullable [] readFile(Path directory, String name, List<InputProblem> missing) {
        Path file = directory.resolve(name);
        if (!Files.isRegularFile(file)) {
            missing.add(new InputProblem(name, null, null, Said.of("refusal.tariffs.fileMissing", directory.toString())));
            return null;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            missing.add(new InputProblem(name, null, null, Said.of("refusal.shared.cannotReadFile", String.valueOf(e.getMessage()))));
            return null;
        }
    }

    /** The two files' SHA-256 together: the same two files are the same version, whatever they are called. */
    static String checksum(byte[] mfn, byte[] preferential) {
        try {
            MessageDigest all = MessageDigest.getInstance("SHA-256");
            all.update(MessageDigest.getInstance("SHA-256").digest(mfn));
            all.update(MessageDigest.getInstance("SHA-256").digest(preferential));
            return HexFormat.of().formatHex(all.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
