package org.bilateral.hill;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.bilateral.commitments.Deal;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.commitments.StateDeal;
import org.bilateral.policy.Asks;
import org.bilateral.policy.ExportControlStakes;
import org.bilateral.policy.MarketEconomyStakes;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.policy.Stakes;
import org.bilateral.policy.StakesRequest;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.DealId;
import org.bilateral.shared.Flow;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.bilateral.shared.Share;
import org.bilateral.shared.Unavailable;
import org.bilateral.shared.UsState;
import org.bilateral.tradestats.StateTrade;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Use case: who on the Hill to see about a product, an ask or a deal. What is asked about is first said as trade with the
 * partner (a flow and its products, with the reason, said on the page); the states with the most of that trade in the
 * latest year held are listed with their shares of it; and their members who sit on the committees that matter are
 * ranked by {@link SeatWeight}: their state's share times their weightiest seat's weight. For a deal, the state its goods
 * are produced in (its plant's, else its seller's) comes first whatever its share, and its members before the others.
 *
 * <p>How an ask becomes trade, by its topic: market-economy status changes the anti-dumping and countervailing duties on
 * the goods under the orders against the partner, paid on the states' imports of them; export controls bear on the
 * states' exports of the goods screened as dual use; tariffs and trade fraud (transshipment) on the states' imports of
 * every product; market access, non-tariff barriers, digital trade and any other ask on the states' exports of every
 * product. The states producing goods that compete with the partner's are not among the figures held (they are trade
 * with the partner only), and are not guessed.
 */
@Service
public class WhoToSee {

    /** How many states are listed and looked in for members. */
    public static final int STATES = 10;

    /** What was asked about. */
    public enum Subject { PRODUCT, ASK, DEAL }

    /**
     * What is asked about as trade with the partner: the flow and the products (every product when {@code everyProduct}),
     * and the reason it is that trade. No products and not every product: there is nothing to look for (said in reason).
     */
    public record Goods(Flow flow, List<HsCode> products, boolean everyProduct, Said reason) {

        public boolean nothing() {
            return products.isEmpty() && !everyProduct;
        }
    }

    /** A state's part of the trade asked about: its value in the year, its share of all states' (and unplaced), its months held. */
    public record StateShare(UsStateInfo state, BigDecimal valueUsd, @Nullable Share share, int months, boolean producing) {
    }

    /** A member to see: their weightiest seat, its weight, their state's share, the score, and whether theirs is the producing state. */
    public record Candidate(Legislator legislator, Seat seat, int weight, @Nullable Share share, BigDecimal score, boolean producing) {
    }

    /**
     * The answer: what was asked, as trade; the year (null when no state figure is held for the flow) and its months;
     * whether the products are finer than the figures hold; whether synthetic; the whole trade asked about (states and
     * unplaced); the states; the members ranked.
     */
    public record Answer(Subject subject, String asked, Goods goods, @Nullable Integer year, int months, boolean detailShort,
                         boolean synthetic, BigDecimal totalUsd, List<StateShare> states, List<Candidate> ranked) {
    }

    private final StateTrade trade;
    private final UsStates states;
    private final Legislators legislators;
    private final PurchaseCommitments commitments;
    private final Asks asks;
    private final Stakes stakes;

    WhoToSee(StateTrade trade, UsStates states, Legislators legislators, PurchaseCommitments commitments, Asks asks, Stakes stakes) {
        this.trade = trade;
        this.states = states;
        this.legislators = legislators;
        this.commitments = commitments;
        this.asks = asks;
        this.stakes = stakes;
    }

    /** Who to see about a product: the states exporting most of it to the partner. */
    public Answer forProduct(HsCode product, CountryCode partner) {
        return answer(Subject.PRODUCT, product.digits(), new Goods(Flow.EXPORT, List.of(product), false,
                Said.of("hill.who.reason.product", product.digits())), partner, null);
    }

    /** Who to see about an ask: its topic said as trade (see the class). */
    public Answer forAsk(long askNumber, CountryCode partner) {
        Asks.Ask ask = asks.ask(askNumber);
        CountryCode side = ask.side().value().equals("US") ? ask.addressee() : ask.side();
        CountryCode about = ask.side().value().equals("US") || ask.addressee().value().equals("US") ? side : partner;
        return answer(Subject.ASK, "A" + ask.id(), goodsOf(ask.topic(), () -> orderedGoods(about), () -> controlledGoods(about)),
                about, null);
    }

    /** Who to see about a deal: the states whose exports its goods add to, the state they are produced in first. */
    public Answer forDeal(DealId id, CountryCode partner) {
        Deal deal = commitments.deal(id);
        List<HsCode> codes = deal.items().stream().map(Deal.Item::hsCode).filter(Objects::nonNull)
                .filter(c -> HsCode.isValid(Objects.requireNonNull(c))).map(HsCode::of).distinct().toList();
        Goods goods = new Goods(Flow.EXPORT, codes, false, codes.isEmpty() ? Said.of("hill.who.reason.dealUnclassified")
                : Said.of("hill.who.reason.deal", String.join(", ", codes.stream().map(HsCode::digits).toList())));
        UsState producing = commitments.producingState(id).map(StateDeal::state).orElse(null);
        return answer(Subject.DEAL, id.toString(), goods, partner, producing);
    }

    /** The trade an ask's topic bears on, and why (the class says the mapping). */
    static Goods goodsOf(PolicyTopic topic, Supplier<List<HsCode>> ordered, Supplier<List<HsCode>> controlled) {
        Said reason = Said.of("hill.who.reason." + topic.name());
        return switch (topic) {
            case MARKET_ECONOMY_STATUS -> specific(Flow.IMPORT, ordered, reason);
            case EXPORT_CONTROLS -> specific(Flow.EXPORT, controlled, reason);
            case TARIFFS, TRADE_FRAUD -> new Goods(Flow.IMPORT, List.of(), true, reason);
            default -> new Goods(Flow.EXPORT, List.of(), true, reason);
        };
    }

    private static Goods specific(Flow flow, Supplier<List<HsCode>> codes, Said reason) {
        try {
            List<HsCode> found = codes.get();
            return new Goods(flow, found, false, found.isEmpty() ? Said.of("hill.who.reason.noCodes", reason) : reason);
        } catch (Unavailable e) {
            return new Goods(flow, List.of(), false, Said.of("hill.who.reason.unavailable", reason, e.said()));
        } catch (InvalidInput e) {
            // the stakes refuse a partner they cannot compute for (no statistics, no measures): said as they say it
            return new Goods(flow, List.of(), false, Said.of("hill.who.reason.unavailable", reason, Said.asWritten(String.valueOf(e.getMessage()))));
        }
    }

    /** The HTS numbers of the AD/CVD orders against the partner, each once, as the policy's stakes hold them. */
    private List<HsCode> orderedGoods(CountryCode partner) {
        MarketEconomyStakes m = stakes.marketEconomyStatus(StakesRequest.of(partner, PolicyTopic.MARKET_ECONOMY_STATUS, null, null));
        LinkedHashSet<HsCode> codes = new LinkedHashSet<>();
        m.orders().forEach(o -> o.digits().stream().filter(HsCode::isValid).map(HsCode::of).forEach(codes::add));
        return List.copyOf(codes);
    }

    /** The HS codes screened as dual use, each once, as the export-control stakes hold them. */
    private List<HsCode> controlledGoods(CountryCode partner) {
        ExportControlStakes x = stakes.exportControls(StakesRequest.of(partner, PolicyTopic.EXPORT_CONTROLS, null, null));
        LinkedHashSet<HsCode> codes = new LinkedHashSet<>();
        x.exports().forEach(c -> c.codes().stream().filter(HsCode::isValid).map(HsCode::of).forEach(codes::add));
        return List.copyOf(codes);
    }

    private Answer answer(Subject subject, String asked, Goods goods, CountryCode partner, @Nullable UsState producing) {
        StateTrade.HeldYear year = trade.latestYear(partner, goods.flow()).orElse(null);
        boolean synthetic = trade.synthetic(partner);
        if (year == null || goods.nothing()) {
            return new Answer(subject, asked, goods, year == null ? null : year.year(), year == null ? 0 : year.months(), false, synthetic,
                    BigDecimal.ZERO, List.of(), List.of());
        }
        List<StateTrade.StateChange> all = trade.yearOnYear(partner, goods.flow(), year.year(), goods.products());
        List<StateShare> shares = shares(all, producing, s -> StatePortrait.info(states, s));
        Map<UsState, List<StatePortrait.Member>> delegations = new java.util.LinkedHashMap<>();
        for (StateShare s : shares) {
            delegations.put(s.state().state(), legislators.ofState(s.state().state()).stream()
                    .map(l -> new StatePortrait.Member(l, legislators.seats(l.id()).stream().filter(Seat::tradeRelevant).toList())).toList());
        }
        boolean coarser = !goods.products().isEmpty() && trade.detailShort(partner, goods.flow(), year.year(), goods.products());
        BigDecimal total = all.stream().map(StateTrade.StateChange::valueUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Answer(subject, asked, goods, year.year(), year.months(), coarser, synthetic, total, shares, rank(shares, delegations));
    }

    /**
     * The {@value #STATES} states with the most of the trade, largest first, each with its share of the whole (all states
     * and the unplaced {@code XX} together: the share of the partner's trade in it); the producing state first, with its
     * share, or with none held, wherever it stands.
     */
    static List<StateShare> shares(List<StateTrade.StateChange> all, @Nullable UsState producing, Function<UsState, UsStateInfo> info) {
        BigDecimal total = all.stream().map(StateTrade.StateChange::valueUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<StateShare> shares = new ArrayList<>();
        if (producing != null) {
            Optional<StateTrade.StateChange> own = all.stream().filter(c -> c.state().equals(producing.usps())).findFirst();
            shares.add(new StateShare(info.apply(producing), own.map(StateTrade.StateChange::valueUsd).orElse(BigDecimal.ZERO),
                    own.map(c -> Share.of(c.valueUsd(), total)).orElse(null), own.map(StateTrade.StateChange::months).orElse(0), true));
        }
        all.stream().filter(c -> UsState.isState(c.state()) && (producing == null || !c.state().equals(producing.usps())))
                .filter(c -> c.valueUsd().signum() > 0)
                .sorted(Comparator.comparing(StateTrade.StateChange::valueUsd).reversed().thenComparing(StateTrade.StateChange::state))
                .limit(producing == null ? STATES : STATES - 1)
                .forEach(c -> shares.add(new StateShare(info.apply(UsState.of(c.state())), c.valueUsd(), Share.of(c.valueUsd(), total),
                        c.months(), false)));
        return List.copyOf(shares);
    }

    /**
     * The members of these states' delegations who sit on a committee that matters, each scored share × weight
     * ({@link SeatWeight}): the producing state's first, then highest score first; ties by the larger share, then by
     * name. A member on no trade-relevant committee is not listed.
     */
    static List<Candidate> rank(List<StateShare> shares, Map<UsState, List<StatePortrait.Member>> delegations) {
        List<Candidate> candidates = new ArrayList<>();
        for (StateShare s : shares) {
            for (StatePortrait.Member m : delegations.getOrDefault(s.state().state(), List.of())) {
                Seat seat = SeatWeight.weightiest(m.tradeSeats());
                if (seat == null) {
                    continue;
                }
                int weight = SeatWeight.of(seat);
                BigDecimal score = SeatWeight.score(s.share(), weight);
                candidates.add(new Candidate(m.legislator(), seat, weight, s.share(), score == null ? BigDecimal.ZERO : score, s.producing()));
            }
        }
        candidates.sort(Comparator.comparing(Candidate::producing).reversed()
                .thenComparing(Candidate::score, Comparator.reverseOrder())
                .thenComparing(c -> c.share() == null ? BigDecimal.ZERO : c.share().fraction(), Comparator.reverseOrder())
                .thenComparing(c -> c.legislator().lastName())
                .thenComparing(c -> c.legislator().firstName()));
        return List.copyOf(candidates);
    }
}
