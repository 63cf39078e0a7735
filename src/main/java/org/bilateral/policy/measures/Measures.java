package org.bilateral.policy.measures;

import java.util.List;
import java.util.Map;
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
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The measure files, each read once and kept until reference data is loaded again. A missing file is said when an
 * answer needs it, so that the tariffs are shown when the export-control files are absent, and the other way round.
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

    private final ReferenceFiles files;
    private final CountryDirectory countries;
    private final JsonMapper json;
    private final Map<String, Object> read = new ConcurrentHashMap<>();

    Measures(ReferenceFiles files, CountryDirectory countries, JsonMapper json) {
        this.files = files;
        this.countries = countries;
        this.json = json;
    }

    @EventListener
    void referenceLoaded(ReferenceDataLoaded loaded) {
        read.clear();
    }

    /** The partners whose measure files the reference data holds. */
    public static boolean covers(CountryCode partner) {
        return PARTNERS.containsKey(partner);
    }

    public List<AntidumpingOrder> orders(CountryCode partner) {
        String file = partner(partner).orders();
        return cached(file, bytes -> MeasureFiles.orders(bytes, file));
    }

    public List<TariffAction> tariffHistory(CountryCode partner) {
        String file = partner(partner).tariffHistory();
        return cached(file, bytes -> MeasureFiles.tariffHistory(bytes, file));
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
