package org.bilateral.hill;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.commitments.StateDeal;
import org.bilateral.engagements.Engagements;
import org.bilateral.policy.Asks;
import org.bilateral.policy.PolicyIssues;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.NameKey;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Use case: one member of Congress as a negotiator reads them before a meeting: who they are, their committees
 * (trade-relevant first), their state's figures with the partner, the deals that buy from their state, every engagement
 * with them, and the asks they spoke to.
 *
 * <p>"The asks they spoke to" are found two ways, each said beside the ask: the issues a press release raised at an
 * engagement with them (an issue is a policy topic; every ask of that topic is listed), together with the engagement's
 * own topics where one is a policy topic ("market access"); and the positions taken on an ask whose speaker names them
 * (their first or nick name and their last name, in any case and without diacritics).
 */
@Service
public class LegislatorPortrait {

    /** Why an ask is listed: a topic raised at an engagement with them, or a position whose speaker names them. */
    public enum Why { RAISED, SPOKE }

    /** An ask they spoke to, why it is listed, and the engagement it was raised at (null for a position). */
    public record Spoken(Asks.Ask ask, Why why, @Nullable Long engagementId, @Nullable String on) {
    }

    /** The legislator's page. */
    public record Portrait(Legislator legislator, UsStateInfo state, List<Seat> seats, StatePortrait.Figures figures,
                          List<StateDeal> deals, List<Engagements.Engagement> engagements, List<Spoken> asks) {
    }

    private final Legislators legislators;
    private final UsStates states;
    private final LegislatorMatches matches;
    private final StatePortrait portraits;
    private final PurchaseCommitments commitments;
    private final PolicyIssues issues;
    private final Asks asks;

    LegislatorPortrait(Legislators legislators, UsStates states, LegislatorMatches matches, StatePortrait portraits,
                       PurchaseCommitments commitments, PolicyIssues issues, Asks asks) {
        this.legislators = legislators;
        this.states = states;
        this.matches = matches;
        this.portraits = portraits;
        this.commitments = commitments;
        this.issues = issues;
        this.asks = asks;
    }

    /** The legislator's page; one the register does not hold is not found. */
    public Portrait of(BioguideId id, CountryCode partner) {
        Legislator l = legislators.existing(id);
        List<Engagements.Engagement> met = portraits.met(List.of(l)).stream().map(StatePortrait.Met::engagement).toList();
        return new Portrait(l, StatePortrait.info(states, l.state()), legislators.seats(id), portraits.figures(l.state(), partner),
                commitments.dealsFrom(l.state()), met, spoken(l, met));
    }

    /** The asks they spoke to: by the topics raised at their engagements, newest engagement first, then by the positions naming them. */
    List<Spoken> spoken(Legislator l, List<Engagements.Engagement> met) {
        Map<Long, Spoken> found = new LinkedHashMap<>();
        List<PolicyIssues.Raised> raised = met.isEmpty() ? List.of() : issues.history(null);
        for (Engagements.Engagement e : met) {
            Set<PolicyTopic> topics = new LinkedHashSet<>();
            raised.stream().filter(r -> r.engagementId() != null && r.engagementId() == e.id()).forEach(r -> topics.add(r.topic()));
            e.topics().forEach(t -> topic(t).ifPresent(topics::add));
            for (PolicyTopic t : topics) {
                for (Asks.Ask a : asks.list(t, null)) {
                    found.putIfAbsent(a.id(), new Spoken(a, Why.RAISED, e.id(), e.happened()));
                }
            }
        }
        for (Asks.Ask a : asks.list(null, null)) {
            for (Asks.Position p : a.positions()) {
                if (names(p.who(), l)) {
                    found.putIfAbsent(a.id(), new Spoken(a, Why.SPOKE, null, p.saidOn().toString()));
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /** An engagement's topic word as a policy topic, where it is one ("market access"); most ("aviation") are not. */
    static Optional<PolicyTopic> topic(String word) {
        String code = word.strip().replace(' ', '_').replace('-', '_').toUpperCase(Locale.ROOT);
        for (PolicyTopic t : PolicyTopic.values()) {
            if (t.name().equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** A name's words, each as its key ("Hagerty," and "hagerty" alike). */
    private static List<String> keys(String name) {
        return java.util.Arrays.stream(name.split("[\\s-]+")).map(NameKey::of).filter(w -> !w.isEmpty()).toList();
    }

    /** Whether a position's speaker names the legislator: their last name and their first or nick name, as whole words. */
    static boolean names(@Nullable String who, Legislator l) {
        if (who == null) {
            return false;
        }
        List<String> words = keys(who);
        boolean last = !keys(l.lastName()).isEmpty() && words.containsAll(keys(l.lastName()));
        String nick = l.nickname();
        boolean first = words.contains(NameKey.of(l.firstName())) || nick != null && words.contains(NameKey.of(nick));
        return last && first;
    }
}
