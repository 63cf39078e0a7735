package org.bilateral.commitments.targets;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bilateral.identity.AuditTrail;
import org.bilateral.reference.Nomenclature;
import org.bilateral.shared.HsLevel;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NotFound;
import org.bilateral.tradestats.ProductFlows;
import org.bilateral.tradestats.StatisticsSources;
import org.bilateral.shared.TextFiles;
import org.bilateral.shared.Said;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Purchase targets, defined on the page or loaded from YAML, and attainment against them. */
@Service
public class PurchaseTargets {

    /** What loading a file did: targets new, changed, and the same as before. */
    public record Loaded(String fileName, List<String> added, List<String> changed, List<String> unchanged) {
        public String describe() {
            return "%s: %d targets added, %d changed, %d unchanged".formatted(fileName, added.size(), changed.size(), unchanged.size());
        }
    }

    private final AuditTrail audit;
    private final TargetStore store;
    private final ProductFlows flows;
    private final StatisticsSources statisticsSources;
    private final Nomenclature nomenclature;

    PurchaseTargets(TargetStore store, ProductFlows flows, StatisticsSources statisticsSources, Nomenclature nomenclature, AuditTrail audit) {
        this.statisticsSources = statisticsSources;
        this.audit = audit;
        this.store = store;
        this.flows = flows;
        this.nomenclature = nomenclature;
    }

    /** Adds a target, or replaces the one with its code. */
    @Transactional
    public boolean define(PurchaseTarget t, String by) {
        for (PurchaseTarget.CoveredProduct p : t.products()) {
            if (p.level() == HsLevel.SECTOR && nomenclature.sector(p.code()).isEmpty()) {
                throw new InvalidInput(InputProblem.from(Said.of("refusal.where.target", t.code()), null, null,
                        Said.of("refusal.commitments.noSector", p.code())));
            }
        }
        // A sector is summed from the HS codes assigned to it: an HS code some of whose lines count in a sector the target
        // also names would count those lines twice (HS 8802 beside the sector aircraft: 240% attained for 120%).
        for (PurchaseTarget.CoveredProduct code : t.products()) {
            if (code.level() == HsLevel.SECTOR) {
                continue;
            }
            Set<String> within = nomenclature.sectorsWithin(code.code());
            for (PurchaseTarget.CoveredProduct sector : t.products()) {
                if (sector.level() == HsLevel.SECTOR && within.contains(sector.code())) {
                    throw new InvalidInput(InputProblem.from(Said.of("refusal.where.target", t.code()), null, null,
                            Said.of("refusal.commitments.sectorOverlap", code.named(), sector.named())));
                }
            }
        }
        Optional<PurchaseTarget> before = target(t.code());
        if (before.isPresent() && before.get().equals(t)) {
            return false;
        }
        store.replace(t, by);
        audit.record(by, before.isPresent() ? "target changed" : "target defined", "target " + t.code(), before.orElse(null), t);
        return true;
    }

    /** The largest targets file taken: a ministry's every target fits in a few kilobytes. */
    public static final long LARGEST_FILE = 1L << 20;

    /** Loads every target of a YAML file (UTF-8, or refused by its name), or none when any is wrong. */
    @Transactional
    public Loaded loadFile(Path file, String fileName, String by) {
        return TextFiles.read(file, fileName, in -> load(in, fileName, by));
    }

    /** Loads every target of a YAML text, or none when any is wrong. */
    @Transactional
    public Loaded load(Reader yaml, String fileName, String by) throws IOException {
        List<PurchaseTarget> targets = TargetFile.read(yaml, fileName);
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (PurchaseTarget t : targets) {
            boolean existed = target(t.code()).isPresent();
            boolean defined;
            try {
                defined = define(t, by);
            } catch (InvalidInput e) {
                // what only the reference data can tell (a sector's codes) is refused naming the file, as a line's problems are
                throw new InvalidInput(e.problems().stream().map(p -> new InputProblem(fileName, p.sourceSaid() != null ? p.sourceSaid() : p.at() != null ? p.at() : Said.asWritten(p.source()),
                        "products", p.what())).toList());
            }
            if (!defined) {
                unchanged.add(t.code());
            } else {
                (existed ? changed : added).add(t.code());
            }
        }
        return new Loaded(fileName, added, changed, unchanged);
    }

    @Transactional
    public void delete(String code) {
        Optional<PurchaseTarget> before = target(code);
        if (!store.delete(code)) {
            throw new NotFound(NotFound.Thing.TARGET, code);
        }
        audit.record("target deleted", "target " + code, before.orElse(null), null);
    }

    public List<PurchaseTarget> targets() {
        return store.codes().stream().map(store::target).flatMap(Optional::stream).toList();
    }

    public Optional<PurchaseTarget> target(String code) {
        return store.target(code);
    }

    /** Attainment of one target, from each side's statistics the target counts. */
    public Attainment attainment(String code) {
        PurchaseTarget t = target(code).orElseThrow(() -> new NotFound(NotFound.Thing.TARGET, code));
        return attainment(t);
    }

    public Attainment attainment(PurchaseTarget t) {
        List<ProductFlows.Product> products = t.products().stream().map(p -> new ProductFlows.Product(p.level(), p.code())).toList();
        List<Attainment.Side> sides = new ArrayList<>();
        boolean synthetic = false;
        List<Integer> years = java.util.stream.IntStream.rangeClosed(t.baselineYear(), t.lastYear()).boxed().toList();
        for (StatisticsSide side : t.counts().sides()) {
            var reporter = side.reporter(t.buyer(), t.seller());
            var partner = side.partner(t.buyer(), t.seller());
            List<ProductFlows.Value> values = flows.values(reporter, partner, side.flow(), products, t.baselineYear(), t.lastYear());
            sides.add(Attainment.measure(t, side, values, flows.latestMonth(reporter, partner, side.flow()).orElse(null)));
            // the statistics' own mark, carried to every figure measured on them
            synthetic |= statisticsSources.sourced(reporter, partner, years).synthetic();
        }
        return new Attainment(t, sides, synthetic);
    }
}
