package org.bilateral.policy.measures;

import java.nio.file.Path;
import java.nio.file.Files;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.bilateral.reference.Country;
import org.bilateral.reference.CountryDirectory;
import org.bilateral.reference.ReferenceDataLoaded;
import org.bilateral.reference.ReferenceFiles;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.Unavailable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The measures on a partner's goods. The AD/CVD orders and the tariff history are records in the database: the reference
 * files are their first version, loaded with the reference data, and an import or an accepted Federal Register document
 * extends them, each change kept as a revision. The other measure files are read once and kept until reference data is
 * loaded again. A missing file is said when an answer needs it, so that the tariffs are shown when the export-control
 * files are absent, and the other way round.
 */
@Component
public class Measures {

    /** The reference files that hold the United States' measures on a partner's goods, named for the partner. */
    private record PartnerFiles(String orders, String tariffHistory, String marketEconomy, Map<CountryCode, List<String>> sides) {
    }

    public static final CountryCode UNITED_STATES = CountryCode.of("US");

    private static final Map<CountryCode, PartnerFiles> PARTNERS = Map.of(CountryCode.of("VN"), new PartnerFiles(
            "policy/adcvd-orders-vietnam.csv", "tariffs/us-reciprocal-tariff-history-vietnam.csv", "policy/market-economy-status.csv",
            Map.of(CountryCode.of("VN"), List.of("Vietnam", "Viet Nam", "MOIT", "MOFA"),
                    UNITED_STATES, List.of("US ", "U.S.", "United States", "White House", "Commerce", "USTR"))));

    public static final String RECIPROCAL_RATES = "tariffs/reciprocal-rates-2025-07-31.csv";

    /**
     * Countries the annex of 2025-07-31 leaves out because their goods were charged under other orders (China's own
     * reciprocal orders, the IEEPA orders on Canada and Mexico), which are not in the reference data: their rate is not
     * the annex's 10% default, and not known here. A line of the annex for one of them still gives its rate.
     */
    public static final Set<CountryCode> CHARGED_UNDER_OTHER_ORDERS = Set.of(CountryCode.of("CN"),
            CountryCode.of("CA"), CountryCode.of("MX"));
    public static final String COUNTRY_GROUPS = "ear/country-groups.json";
    public static final String COUNTRY_CHART = "ear/country-chart-excerpt.csv";
    public static final String DUAL_USE = "ear/hs-to-dual-use.csv";

    private static final Logger log = LoggerFactory.getLogger(Measures.class);

    private final ReferenceFiles files;
    private final CountryDirectory countries;
    private final JsonMapper json;
    private final MeasureStore store;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Map<String, Object> read = new ConcurrentHashMap<>();

    Measures(ReferenceFiles files, CountryDirectory countries, JsonMapper json, MeasureStore store, AuditTrail audit,
             PlatformTransactionManager transactions) {
        this.files = files;
        this.countries = countries;
        this.json = json;
        this.store = store;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        // a first use may come inside a read-only or a caller's transaction: the file's rows are stored in their own
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Reference data loaded: the files are read again and their rows replace the rows of the last load, in the loader's
     * transaction; rows an import or an accepted document added are kept. A file missing or refused is not held, and said
     * when an answer needs it, as when the files were read on each use: the countries and HS codes still load.
     */
    @EventListener
    void referenceLoaded(ReferenceDataLoaded loaded) {
        read.clear();
        for (Map.Entry<CountryCode, PartnerFiles> p : PARTNERS.entrySet()) {
            for (String file : List.of(p.getValue().orders(), p.getValue().tariffHistory())) {
                try {
                    load(p.getKey(), file, "reference load");
                } catch (InvalidInput | Unavailable e) {
                    store.forget(file);
                    log.warn("{} not loaded: {}", file, e.getMessage());
                }
            }
        }
    }

    /** An order or tariff action as it was before and after one change, and who made it, when, from what. */
    public record Revision(String subject, String origin, String source, Instant at, String by, @Nullable String before,
                           @Nullable String after) {
    }

    /** What an order's revision keeps: the order and the columns the file gives beside it. */
    private record OrderContent(AntidumpingOrder order, @Nullable String htsSourceUrl, @Nullable String statusEvidence) {

        static OrderContent of(HeldOrder o) {
            return new OrderContent(o.order(), o.htsSourceUrl(), o.statusEvidence());
        }
    }

    /** Reads a reference file into its rows of the record, once: a later call finds it held. */
    private void ensureLoaded(CountryCode partner, String file) {
        if (store.loaded(file)) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            store.lock(file);
            if (!store.loaded(file)) {
                load(partner, file, AuditTrail.currentActor());
            }
        });
    }

    /** Replaces the file's rows of the record by the file's, keeping a revision of each row that is new or changed. */
    private void load(CountryCode partner, String file, String actor) {
        byte[] bytes = files.read(file);
        PartnerFiles p = partner(partner);
        int rows;
        int kept = 0;
        if (file.equals(p.orders())) {
            List<MeasureFiles.FileOrder> read = MeasureFiles.orderRows(bytes, file);
            Map<String, HeldOrder> before = new java.util.HashMap<>();
            store.orders(partner).stream().filter(o -> o.origin().equals(HeldOrder.REFERENCE)).forEach(o -> before.put(o.order().caseNumber(), o));
            store.deleteReferenceOrders(partner);
            int position = 0;
            for (MeasureFiles.FileOrder f : read) {
                HeldOrder held = new HeldOrder(f.order(), f.htsSourceUrl(), f.statusEvidence(), HeldOrder.REFERENCE, Instant.EPOCH, actor);
                if (!store.insertOrder(partner, held, position++, actor)) {
                    // an order an accepted document or an import added first stays as it was accepted
                    kept++;
                    continue;
                }
                HeldOrder was = before.remove(f.order().caseNumber());
                OrderContent now = OrderContent.of(held);
                if (was == null || !OrderContent.of(was).equals(now)) {
                    store.revision(partner, "order " + f.order().caseNumber(), HeldOrder.REFERENCE, file, actor,
                            was == null ? null : json.writeValueAsString(OrderContent.of(was)), json.writeValueAsString(now));
                }
            }
            for (HeldOrder gone : before.values()) {
                store.revision(partner, "order " + gone.order().caseNumber(), HeldOrder.REFERENCE, file, actor,
                        json.writeValueAsString(OrderContent.of(gone)), null);
            }
            rows = read.size();
        } else {
            List<TariffAction> read = MeasureFiles.tariffHistory(bytes, file);
            store.deleteReferenceActions(partner);
            int position = 0;
            for (TariffAction a : read) {
                if (store.insertAction(partner, a, HeldOrder.REFERENCE, position++, actor).isEmpty()) {
                    kept++;
                }
            }
            rows = read.size();
        }
        store.markLoaded(file, files.describe(file), rows);
        audit.record(actor, "measures loaded", file, null, Map.of("rows", rows, "keptAsAccepted", kept));
    }

    /** The partners whose measure files the reference data holds. */
    public static boolean covers(CountryCode partner) {
        return PARTNERS.containsKey(partner);
    }

    /** The orders on a partner's goods: the reference file's, then those an import or an accepted document added. */
    public List<AntidumpingOrder> orders(CountryCode partner) {
        return heldOrders(partner).stream().map(HeldOrder::order).toList();
    }

    public List<HeldOrder> heldOrders(CountryCode partner) {
        String file = partner(partner).orders();
        ensureLoaded(partner, file);
        return store.orders(partner);
    }

    public Optional<HeldOrder> heldOrder(CountryCode partner, String caseNumber) {
        ensureLoaded(partner, partner(partner).orders());
        return store.order(partner, caseNumber);
    }

    /** The dated tariff actions on a partner's goods: the reference file's rows in its order, then those added since. */
    public List<TariffAction> tariffHistory(CountryCode partner) {
        String file = partner(partner).tariffHistory();
        ensureLoaded(partner, file);
        return store.actions(partner);
    }

    /**
     * Adds an order to the record; false when the partner holds that case number already.
     *
     * @param origin {@link HeldOrder#IMPORT} or {@link HeldOrder#PROPOSAL}
     * @param source the file or the document it came from
     */
    @Transactional
    public boolean addOrder(CountryCode partner, AntidumpingOrder order, String origin, String source, String actor) {
        partner(partner);
        HeldOrder held = new HeldOrder(order, null, null, origin, Instant.EPOCH, actor);
        if (!store.insertOrder(partner, held, null, actor)) {
            return false;
        }
        store.revision(partner, "order " + order.caseNumber(), origin, source, actor, null, json.writeValueAsString(OrderContent.of(held)));
        audit.record(actor, "order added", "order " + order.caseNumber(), null, OrderContent.of(held));
        return true;
    }

    /** Records a later notice on an order held (a review's results, a continuation): the order's status evidence. */
    @Transactional
    public HeldOrder noteOnOrder(CountryCode partner, String caseNumber, String evidence, String origin, String source, String actor) {
        HeldOrder before = heldOrder(partner, caseNumber).orElseThrow(() -> new NotFound(NotFound.Thing.ORDER, caseNumber));
        store.setStatusEvidence(partner, caseNumber, evidence);
        HeldOrder after = store.order(partner, caseNumber).orElseThrow();
        store.revision(partner, "order " + caseNumber, origin, source, actor, json.writeValueAsString(OrderContent.of(before)),
                json.writeValueAsString(OrderContent.of(after)));
        audit.record(actor, "order noted", "order " + caseNumber, OrderContent.of(before), OrderContent.of(after));
        return after;
    }

    /** Adds a tariff action to the record; empty when one of that day, instrument and scope is held already. */
    @Transactional
    public Optional<Long> addTariffAction(CountryCode partner, TariffAction action, String origin, String source, String actor) {
        partner(partner);
        Optional<Long> id = store.insertAction(partner, action, origin, null, actor);
        id.ifPresent(n -> {
            store.revision(partner, "tariff action " + n, origin, source, actor, null, json.writeValueAsString(action));
            audit.record(actor, "tariff action added", "tariff action " + n, null, action);
        });
        return id;
    }

    /** What an import of a measures file did: rows added, and rows the record held already (left as they are). */
    public record Imported(int added, int alreadyHeld) {
    }

    /** The largest measures file an import reads: the reference files are a few kilobytes; a larger one is no such file. */
    public static final long LARGEST_IMPORT = 8L << 20;

    /**
     * Extends the partner's AD/CVD orders from a file in the reference file's layout ({@code case_number,kind,product,
     * order_date,hts_codes,source_url,...}), all rows or none: a row refused names its line and field and nothing is
     * added. An order whose case number is held already is left as it is (an import never overwrites the record), and a
     * reload of the reference files keeps what an import added.
     */
    @Transactional
    public Imported importOrders(CountryCode partner, Path file, String fileName, String actor) {
        partner(partner);
        List<MeasureFiles.FileOrder> rows = MeasureFiles.orderRows(bounded(file, fileName), fileName);
        int added = 0;
        for (MeasureFiles.FileOrder row : rows) {
            HeldOrder held = new HeldOrder(row.order(), row.htsSourceUrl(), row.statusEvidence(), HeldOrder.IMPORT, Instant.EPOCH, actor);
            if (store.insertOrder(partner, held, null, actor)) {
                store.revision(partner, "order " + row.order().caseNumber(), HeldOrder.IMPORT, fileName, actor, null,
                        json.writeValueAsString(OrderContent.of(held)));
                audit.record(actor, "order added", "order " + row.order().caseNumber(), null, OrderContent.of(held));
                added++;
            }
        }
        return new Imported(added, rows.size() - added);
    }

    /**
     * Extends the partner's tariff history from a file in the reference file's layout ({@code effective_date,
     * rate_percent,applies_to,legal_instrument,source_url,...}), all rows or none; an action of a day, instrument and
     * scope held already is left as it is.
     */
    @Transactional
    public Imported importTariffActions(CountryCode partner, Path file, String fileName, String actor) {
        partner(partner);
        List<TariffAction> rows = MeasureFiles.tariffHistory(bounded(file, fileName), fileName);
        int added = 0;
        for (TariffAction row : rows) {
            if (addTariffAction(partner, row, HeldOrder.IMPORT, fileName, actor).isPresent()) {
                added++;
            }
        }
        return new Imported(added, rows.size() - added);
    }

    private static byte[] bounded(Path file, String fileName) {
        try {
            long size = Files.size(file);
            if (size > LARGEST_IMPORT) {
                throw new InvalidInput(fileName, Said.of("refusal.policy.measuresFileTooLarge", size, LARGEST_IMPORT));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInput(fileName, Said.of("refusal.shared.cannotReadFile", String.valueOf(e.getMessage())));
        }
    }

    /** An order's revisions ("order A-552-801") or a tariff action's ("tariff action 12"), the oldest first. */
    public List<Revision> revisions(CountryCode partner, String subject) {
        return store.revisions(partner, subject);
    }

    public List<MarketEconomyEvent> marketEconomyEvents(CountryCode partner) {
        PartnerFiles p = partner(partner);
        return cached(p.marketEconomy(), bytes -> MeasureFiles.marketEconomy(bytes, p.marketEconomy(), p.sides()));
    }

    public List<ReciprocalRate> reciprocalRates() {
        return cached(RECIPROCAL_RATES, bytes -> MeasureFiles.reciprocalRates(bytes, RECIPROCAL_RATES,
                name -> countries.find(name).map(Country::code)));
    }

    public ExportControlGroups countryGroups() {
        return cached(COUNTRY_GROUPS, bytes -> MeasureFiles.countryGroups(bytes, COUNTRY_GROUPS, json));
    }

    public List<CountryChartRow> countryChart() {
        return cached(COUNTRY_CHART, bytes -> MeasureFiles.countryChart(bytes, COUNTRY_CHART));
    }

    public List<DualUseCode> dualUseCodes() {
        return cached(DUAL_USE, bytes -> MeasureFiles.dualUse(bytes, DUAL_USE));
    }

    /** Where a file is read from, for the sources an answer names. */
    public String source(String file) {
        return files.describe(file);
    }

    public String ordersFile(CountryCode partner) {
        return partner(partner).orders();
    }

    public String tariffHistoryFile(CountryCode partner) {
        return partner(partner).tariffHistory();
    }

    public String marketEconomyFile(CountryCode partner) {
        return partner(partner).marketEconomy();
    }

    private static PartnerFiles partner(CountryCode partner) {
        PartnerFiles p = PARTNERS.get(partner);
        if (p == null) {
            // not a passing condition but a fact of the data: the request is refused, as one naming an unknown product is
            throw new InvalidInput("partner", Said.of("refusal.policy.noOrders",
                    String.join(", ", PARTNERS.keySet().stream().map(CountryCode::value).sorted().toList()), partner.value()));
        }
        return p;
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String file, Function<byte[], T> parse) {
        Object value = read.get(file);
        if (value == null) {
            value = parse.apply(files.read(file));
            read.put(file, value);
        }
        return (T) value;
    }
}
