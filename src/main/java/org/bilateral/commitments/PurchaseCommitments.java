package org.bilateral.commitments;

import org.bilateral.shared.DealId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bilateral.engagements.Directory;
import org.bilateral.engagements.MergeProposals;
import org.bilateral.engagements.MergeSubject;
import org.bilateral.identity.AuditTrail;
import org.bilateral.shared.HsCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.Period;
import org.bilateral.shared.Said;
import org.bilateral.shared.UsState;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deal register. A report of a deal the register knows (same buyer and seller, related goods, the same quantity,
 * or with no quantity the same value: {@link DealMatch}) becomes one more source of that deal and, if it says so, its
 * next stage. A report that may be the same deal but is not surely so (the seller unnamed, another quantity) becomes a
 * new deal with a merge proposal, and the totals count the two once until someone decides.
 */
@Service
public class PurchaseCommitments {

    /** What recording a report did. */
    public enum Outcome { NEW_DEAL, ANOTHER_REPORT, ALREADY_KNOWN }

    /** @param proposedMergeWith a deal this one may duplicate, proposed for a person to decide */
    public record Recorded(DealId deal, Outcome outcome, @Nullable Long proposedMergeWith) {
    }

    /** Goods of a deal already classified, as a guide to classifying goods named in the same words. */
    public record ClassifiedItem(long dealId, String description, String hsCode) {
    }

    /** The deal a report most likely duplicates, and why, for a person to decide. */
    private record Likely(long deal, String reason) {
    }

    private final AuditTrail audit;
    private final DealStore store;
    private final DealReportStore reports;
    private final DealLoader loader;
    private final DealGoods goods;
    private final DealStages stages;
    private final MergeProposals merges;
    private final Directory directory;

    PurchaseCommitments(DealStore store, DealReportStore reports, DealLoader loader, DealGoods goods, DealStages stages,
                        MergeProposals merges, Directory directory, AuditTrail audit) {
        this.audit = audit;
        this.directory = directory;
        this.store = store;
        this.reports = reports;
        this.loader = loader;
        this.goods = goods;
        this.stages = stages;
        this.merges = merges;
    }

    @Transactional
    public Recorded record(ReportedDeal r) {
        Optional<Long> known = knownReport(r);
        if (known.isPresent()) {
            return new Recorded(new DealId(known.get()), Outcome.ALREADY_KNOWN, null);
        }
        Deal same = null;
        Likely likely = null;
        for (Deal d : r.aggregate() ? List.<Deal>of() : loader.load(store.matchableDealsOf(r.buyer().value()))) {
            DealMatch m = DealMatch.of(d, r);
            if (m == DealMatch.SAME) {
                same = d;
                break;
            }
            if (likely == null && m != DealMatch.OTHER) {
                // a match neither SAME nor OTHER always says why
                likely = new Likely(d.id().value(), java.util.Objects.requireNonNull(m.reason(d, r), m.name()));
            }
        }
        long id;
        if (same != null) {
            id = same.id().value();
            Long pressRelease = r.source().pressReleaseId();
            if (pressRelease != null && same.reports().stream().anyMatch(x -> pressRelease.equals(x.pressReleaseId()))) {
                return new Recorded(same.id(), Outcome.ALREADY_KNOWN, null);
            }
            // The instrument only ever moves to a more binding one: an MOU re-announced does not undo a purchase agreement.
            reports.addToDeal(id, r, r.instrument().ordinal() > same.instrument().ordinal() ? r.instrument() : same.instrument());
            goods.add(id, same.items(), r.items(), true);
        } else {
            id = reports.insertDeal(r);
            goods.add(id, List.of(), r.items(), false);
            if (likely != null) {
                merges.propose(MergeSubject.DEAL, likely.deal(), id, likely.reason());
            }
        }
        addReportOf(id, r);
        Outcome outcome = same != null ? Outcome.ANOTHER_REPORT : Outcome.NEW_DEAL;
        audit.record(outcome == Outcome.NEW_DEAL ? "deal recorded" : "deal report added", "deal " + new DealId(id), null, r);
        return new Recorded(new DealId(id), outcome, outcome == Outcome.NEW_DEAL && likely != null ? likely.deal() : null);
    }

    /** The deal a report of a deals file's row went to, when that row was imported before. */
    private Optional<Long> knownReport(ReportedDeal r) {
        String externalId = r.source().externalId();
        return externalId == null ? Optional.empty() : store.dealOfReport(externalId).map(this::resolve);
    }

    /** The report itself, the stage it says, the value it gives and the deliveries it expects. */
    private void addReportOf(long id, ReportedDeal r) {
        long report = reports.insertReport(id, r);
        stages.record(id, r.stage(), r.reportedOn(), report, null, null);
        reports.refreshValue(id);
        if (r.deliveryWindow() != null) {
            spreadEvenly(id, r.deliveryWindow(), r.quantity());
        }
    }

    /**
     * A financing agreement (a bank lending a buyer the price) is no purchase: it is kept as one more source of the deal
     * it finances, the deal of the same buyer for the same quantity or value, and changes neither its value (a loan's
     * amount is not a price), its stage nor its instrument. Empty when no such deal is on record: it then makes no deal
     * of its own either.
     */
    @Transactional
    public Optional<DealId> recordFinancing(ReportedDeal r) {
        Optional<Long> known = knownReport(r);
        if (known.isPresent()) {
            return Optional.of(new DealId(known.get()));
        }
        for (Deal d : loader.load(store.matchableDealsOf(r.buyer().value()))) {
            if (d.stage() != DealStage.CANCELLED && d.stage() != DealStage.LAPSED && DealMatch.of(d, r).mayBeSameDeal()) {
                reports.insertReport(d.id().value(), new ReportedDeal(r.buyer(), r.seller(), r.items(), r.description(), r.quantity(),
                        r.unit(), null, r.instrument(), r.stage(), r.reportedOn(), null, false, r.source(), r.note()));
                audit.record("financing report added", "deal " + d.id(), null, r);
                return Optional.of(d.id());
            }
        }
        return Optional.empty();
    }

    /**
     * Adds a stage to a deal's history. Each stage is kept once, at the earliest date it was reported; a later report
     * of a stage already reached adds a source, not a step.
     */
    @Transactional
    public void recordStage(DealId deal, DealStage stage, @Nullable LocalDate happened, @Nullable String by, @Nullable String note) {
        stages.record(deal.value(), stage, happened, null, by, note);
    }

    /** Replaces a deal's expected deliveries with a reported schedule. */
    @Transactional
    public void schedule(DealId deal, List<Deal.Delivery> deliveries) {
        requireDeal(deal);
        List<InputProblem> problems = ScheduleProblems.of(deliveries);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        reports.deleteDeliveries(deal.value());
        for (Deal.Delivery d : deliveries) {
            reports.putDelivery(deal.value(), d.period(), d.quantity(), d.valueUsd(), "reported");
        }
        audit.record("delivery schedule reported", "deal " + deal, null, deliveries);
    }

    /** Without a reported schedule, a window and a value mean the value is expected evenly over the window's months. */
    private void spreadEvenly(long id, Period window, @Nullable Long quantity) {
        if (store.hasReportedSchedule(id)) {
            return;
        }
        reports.deleteDeliveries(id);
        reports.putDelivery(id, window, quantity == null ? null : BigDecimal.valueOf(quantity), store.centralValue(id).orElse(null), "even");
    }

    /** Every deal's goods that have an HS code. */
    public List<ClassifiedItem> classifiedItems() {
        return store.classifiedItems();
    }

    /** Gives one of a deal's goods (by its place among them, from 0) an HS code: one a person chose or confirmed. */
    @Transactional
    public void classify(DealId deal, int position, HsCode code) {
        requireDeal(deal);
        List<Deal.Item> before = store.items(List.of(deal.value())).getOrDefault(deal.value(), List.of());
        if (position < 0 || position >= before.size()) {
            throw new InvalidInput(Said.of("refusal.commitments.noGoodsNumber", String.valueOf(deal), String.valueOf(position + 1)));
        }
        reports.classify(deal.value(), position, code.digits());
        audit.record("goods classified", "deal " + deal, before.get(position), new Deal.Item(before.get(position).description(), code.digits()));
    }

    /** Records that a deal was cited at an engagement the register holds. */
    @Transactional
    public void linkEngagement(DealId deal, long engagementId) {
        requireDeal(deal);
        audit.record("deal linked to an engagement", "deal " + deal, null, Map.of("engagement", engagementId));
        reports.linkEngagement(deal.value(), engagementId);
    }

    /** A deal's plant state before and after a change, as the audit trail keeps it. */
    private record PlantState(String deal, @Nullable String plantState) {
    }

    /**
     * Says which state the plant a deal's goods come from is in (737 MAX aircraft: Renton, WA), or (null) that the goods
     * name none, so the deal buys from its seller's state. Unchanged, nothing is recorded; a change is audited.
     */
    @Transactional
    public void setPlantState(DealId deal, @Nullable UsState state, String user) {
        // a merged deal's number names the deal it became part of: the state is that deal's
        Deal before = deal(deal);
        DealId id = before.id();
        if (Objects.equals(before.plantState(), state)) {
            return;
        }
        store.setPlantState(id.value(), state == null ? null : state.usps());
        UsState was = before.plantState();
        audit.record(user, state == null ? "deal plant state cleared" : "deal plant state set", "deal " + id,
                new PlantState(id.toString(), was == null ? null : was.usps()), new PlantState(id.toString(), state == null ? null : state.usps()));
    }

    /**
     * The deals that buy from a state, in the register's order: those whose goods' plant is there, and those naming no
     * plant whose seller is there. A deal whose plant is elsewhere does not buy from its seller's state.
     */
    public List<StateDeal> dealsFrom(UsState state) {
        List<Long> sellersThere = directory.organisationsIn(state);
        return loader.load(store.dealsFrom(state.usps(), sellersThere)).stream()
                .map(d -> new StateDeal(d, state, d.plantState() != null ? StateDeal.Basis.PLANT : StateDeal.Basis.SELLER))
                .toList();
    }

    /** The state a deal buys from: its plant's where the goods name one, else its seller's; empty when neither is known. */
    public Optional<StateDeal> producingState(DealId deal) {
        Deal d = deal(deal);
        UsState plant = d.plantState();
        if (plant != null) {
            return Optional.of(new StateDeal(d, plant, StateDeal.Basis.PLANT));
        }
        Long seller = d.sellerId();
        return Optional.ofNullable(seller).flatMap(directory::organisation).map(Directory.Organisation::usState)
                .map(state -> new StateDeal(d, state, StateDeal.Basis.SELLER));
    }

    private void requireDeal(DealId deal) {
        if (!store.exists(deal.value())) {
            throw new InvalidInput(Said.of("refusal.commitments.noDeal", String.valueOf(deal.value())));
        }
    }

    // --- reading the register ------------------------------------------------------------------------------------

    public List<Deal> deals() {
        return loader.load(store.allDeals());
    }

    /** The register's totals, each deal counted once. */
    public DealTotals totals() {
        return DealTotals.of(deals());
    }

    /** The deals in which any of these organisations is the buyer. */
    public List<Deal> dealsOfBuyers(Collection<Long> organisationIds) {
        return organisationIds.isEmpty() ? List.of() : loader.load(store.dealsOfBuyers(organisationIds));
    }

    /** A deal by its number, or by the number of a deal merged into it; empty when there is none. */
    public Optional<Deal> deal(long id) {
        return loader.load(List.of(resolve(id))).stream().findFirst();
    }

    /** A deal by its number, or by the number of a deal merged into it. */
    public Deal deal(DealId id) {
        return deal(id.value()).orElseThrow(() -> new NotFound(NotFound.Thing.DEAL, id));
    }

    /** A deal by the number a door was given, or by the number of a deal merged into it. */
    public Deal numbered(long number) {
        return deal(number).orElseThrow(() -> new NotFound(NotFound.Thing.DEAL, DealId.written(number)));
    }

    /** The number a deal has now: its own, or that of the deal it was merged into. */
    public long resolve(long id) {
        return store.mergedInto(id).orElse(id);
    }

    /** Engagements at which a deal was cited: those reported in the same press release, and those linked by hand. */
    public List<Long> engagementIds(DealId deal) {
        return store.engagementIds(deal.value());
    }

    /** Deals cited at an engagement: linked by hand, or reported in one of its press releases. */
    public List<Deal> citedAt(long engagementId, Collection<Long> pressReleaseIds) {
        return loader.load(store.citedAt(engagementId, pressReleaseIds));
    }

    public List<Long> pressReleaseIds(DealId deal) {
        return store.pressReleaseIds(deal.value());
    }
}
