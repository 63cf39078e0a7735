package org.bilateral.hill;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.shared.Findable;
import org.springframework.stereotype.Component;

/**
 * The Hill's part of the search: members of Congress by name (nicknames and accents aside, as {@link Legislators#search}
 * finds them) and states by name or code, each leading to its page. A label names the member as Congress lists them
 * and the detail is the party-state label ("R-TN", "D-CA-38"), words of no language, so the search page reads the same
 * in Vietnamese and English.
 */
@Component
class HillSearch implements Findable {

    private final Legislators legislators;
    private final UsStates states;

    HillSearch(Legislators legislators, UsStates states) {
        this.legislators = legislators;
        this.states = states;
    }

    @Override
    public List<Found> find(Query query, int limit) {
        if (query.blank() || limit <= 0) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        for (UsStateInfo s : states.all()) {
            if (found.size() < limit && query.matches(s.name(), s.state().usps())) {
                found.add(new Found(Kind.US_STATE, s.name(), s.state().usps(), "/hill/states/" + s.state().usps()));
            }
        }
        for (Legislator l : legislators.search(query.text(), limit - found.size())) {
            found.add(new Found(Kind.LEGISLATOR, l.fullName(), l.partyState(), "/hill/legislators/" + l.id().value()));
        }
        return found;
    }
}
