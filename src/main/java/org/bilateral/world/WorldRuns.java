package org.bilateral.world;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bilateral.identity.AuditTrail;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.Sha256;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case: the world screen's runs held in PostgreSQL. A RUN.json is loaded whole in one transaction (a refused file
 * changes nothing; the same file again is the run already held), audited as every import is; the pages and the brief
 * read a run's hubs ranked two ways, a hub's products and where a hub stands.
 */
@Service
public class WorldRuns {

    /** What a load did: the run, and whether it was already held (the same file loaded before). */
    public record Loaded(WorldRun run, boolean already) {
    }

    private final WorldRunStore store;
    private final CountryDirectory countries;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final CountryCode own;

    WorldRuns(WorldRunStore store, CountryDirectory countries, AuditTrail audit, MessageSource messages,
              @Value("${bilateral.pair.own:VN}") String own) {
        this.own = CountryCode.of(own);
        this.store = store;
        this.countries = countries;
        this.audit = audit;
        this.messages = messages;
    }

    /** Loads a RUN.json file from disk; one larger than {@link RunFile#MAX_BYTES} is refused before it is read. */
    @Transactional
    public Loaded load(Path file, @Nullable String by) {
        String name = String.valueOf(file.getFileName());
        byte[] json;
        try {
            if (!Files.isRegularFile(file)) {
                throw new InvalidInput(file.toString(), Said.of("refusal.world.noFile"));
            }
            if (Files.size(file) > RunFile.MAX_BYTES) {
                throw new InvalidInput(name, Said.of("refusal.world.tooLarge", String.valueOf(Files.size(file)), String.valueOf(RunFile.MAX_BYTES)));
            }
            try (InputStream in = Files.newInputStream(file)) {
                json = in.readNBytes((int) RunFile.MAX_BYTES + 1);
            }
        } catch (IOException e) {
            throw new InvalidInput(file.toString(), Said.of("refusal.world.unreadable", String.valueOf(e.getMessage())));
        }
        return load(name, json, by);
    }

    /** Loads a RUN.json's bytes: checked whole, then written in this one transaction, then audited. */
    @Transactional
    public Loaded load(String name, byte[] json, @Nullable String by) {
        RunFile.Run read = RunFile.read(name, json, code -> countries.byCode(code).isPresent());
        String sha256 = Sha256.hex(json);
        store.lock();
        Optional<Long> held = store.bySha256(sha256);
        if (held.isPresent()) {
            return new Loaded(run(held.get()), true);
        }
        String actor = by == null || by.isBlank() ? AuditTrail.currentActor() : by;
        long id = store.insert(read, sha256, actor);
        WorldRun run = run(id);
        // the subject's first word is its kind (audit.kind.world), said in the page's language; the rest is codes and the file
        audit.record(actor, "world run loaded", "world " + id + " " + run.origin() + " → " + run.destination() + " "
                + run.fromYear() + "–" + run.toYear() + " (" + name + ")", null, run);
        return new Loaded(run, false);
    }

    /** Every run, the latest finished first. */
    public List<WorldRun> runs() {
        return store.runs();
    }

    public Optional<WorldRun> latest() {
        return store.runs().stream().findFirst();
    }

    public WorldRun run(long id) {
        return store.run(id).orElseThrow(() -> new NotFound(NotFound.Thing.WORLD_RUN, id));
    }

    /**
     * The run's hubs, each with its rank by rerouting bound (its share of its exports to the destination, largest first)
     * and by the products passing the Freund test (most first): a hub ranks one more than the hubs strictly ahead of it,
     * so hubs alike share a rank ("1, 2, 2, 4"). Ordered by the bound's rank, hubs without a bound last, then by code.
     */
    public List<WorldHub> hubs(WorldRun run) {
        List<WorldRunStore.HeldHub> held = store.hubs(run.id());
        List<WorldHub> hubs = new ArrayList<>();
        for (WorldRunStore.HeldHub h : held) {
            Integer boundRank = null;
            if (h.share() != null) {
                double share = h.share();
                boundRank = 1 + (int) held.stream().filter(o -> o.share() != null && o.share() > share).count();
            }
            int freundRank = 1 + (int) held.stream().filter(o -> o.freundProducts() > h.freundProducts()).count();
            hubs.add(new WorldHub(h.hub(), h.productsScreened(), h.freundProducts(), h.tradeYear(), h.boundUsd(), h.hubExportsUsd(), h.share(),
                    h.missing(), boundRank, freundRank));
        }
        hubs.sort(Comparator.comparing((WorldHub h) -> h.boundRank() == null ? Integer.MAX_VALUE : h.boundRank())
                .thenComparing(WorldHub::freundRank).thenComparing(WorldHub::hub));
        return hubs;
    }

    public WorldHub hub(WorldRun run, CountryCode hub) {
        return hubs(run).stream().filter(h -> h.hub().equals(hub)).findFirst()
                .orElseThrow(() -> new NotFound(NotFound.Thing.WORLD_HUB, hub.value(), run.id()));
    }

    /** The products shown for a hub, in rank order, each with its six signals. */
    public List<WorldProduct> products(WorldRun run, CountryCode hub) {
        return products(run, hub(run, hub));
    }

    /** The products shown for a hub of the run, found already ({@link #hub}): its hubs are not read again. */
    public List<WorldProduct> products(WorldRun run, WorldHub hub) {
        return store.products(run.id(), hub.hub());
    }

    /** Where the hub stands among the run's hubs; empty when the run did not screen it. */
    public Optional<Standing> standing(WorldRun run, CountryCode hub) {
        return standing(run, hubs(run), hub);
    }

    /** Where the hub stands among the run's hubs, ranked already ({@link #hubs}, in any order): they are not read again. */
    public static Optional<Standing> standing(WorldRun run, List<WorldHub> hubs, CountryCode hub) {
        return hubs.stream().filter(h -> h.hub().equals(hub)).findFirst().map(h -> new Standing(run, h, hubs.size()));
    }

    /** Our own country ({@code bilateral.pair.own}, Vietnam): the hub whose standing the page and the brief say. */
    public CountryCode own() {
        return own;
    }

    /** Where the hub stands in the latest run of the origin and destination that screened it; empty without one. */
    public Optional<Standing> latestStanding(CountryCode origin, CountryCode hub, CountryCode destination) {
        return store.latestWithHub(origin, hub, destination).flatMap(r -> standing(r, hub));
    }

    /** The standing's line in a language. */
    public String line(Standing standing, Locale locale) {
        return standing.line(messages, locale);
    }
}
