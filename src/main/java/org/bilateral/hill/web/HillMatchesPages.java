package org.bilateral.hill.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.bilateral.doors.Sayings;
import org.bilateral.hill.BioguideId;
import org.bilateral.hill.Chamber;
import org.bilateral.hill.Legislator;
import org.bilateral.hill.LegislatorMatches;
import org.bilateral.hill.Legislators;
import org.bilateral.hill.UsStates;
import org.bilateral.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** {@code /hill/matches}: which register persons are which members of Congress, the unsure ones to confirm or reject. */
@Controller
class HillMatchesPages {

    /** A row of the page, every word said in the page's language. */
    record Row(long personId, String personName, @Nullable String personTitle, String bioguide, String member, String certainty,
               boolean proposed, String reason) {
    }

    record DecisionRow(long personId, String personName, String bioguide, String member, String decision, String by) {
    }

    private final LegislatorMatches matches;
    private final Legislators legislators;
    private final UsStates states;
    private final MessageSource messages;
    private final Sayings sayings;

    HillMatchesPages(LegislatorMatches matches, Legislators legislators, UsStates states, MessageSource messages) {
        this.matches = matches;
        this.legislators = legislators;
        this.states = states;
        this.messages = messages;
        this.sayings = new Sayings(messages);
    }

    @GetMapping("/hill/matches")
    String matches(Model model, Locale locale) {
        List<Row> rows = matches.undecided().stream().map(l -> new Row(l.personId(), l.personName(), l.personTitle(),
                l.legislator().id().value(), member(l.legislator(), locale),
                messages.getMessage("hill.matches.certainty." + l.certainty().name().toLowerCase(Locale.ROOT), null, locale),
                l.certainty() == LegislatorMatches.Certainty.PROPOSED, sayings.say(l.reason(), locale))).toList();
        List<DecisionRow> decisions = matches.decisions().stream().map(d -> new DecisionRow(d.personId(), d.personName(),
                d.legislator().id().value(), member(d.legislator(), locale),
                messages.getMessage(d.confirmed() ? "hill.matches.confirmed" : "hill.matches.rejected", null, locale), d.by())).toList();
        model.addAttribute("loaded", legislators.loaded());
        // the command is the command line's syntax, shown as code in either language
        model.addAttribute("loadCommand", "bilateral hill load DIR");
        model.addAttribute("rows", rows);
        model.addAttribute("proposedCount", rows.stream().filter(Row::proposed).count());
        model.addAttribute("decisions", decisions);
        return "hill/matches";
    }

    @PostMapping("/hill/matches/{person}/{bioguide}/{decision}")
    String decide(@PathVariable long person, @PathVariable String bioguide, @PathVariable String decision, Principal user) {
        BioguideId member = InvalidInput.field("bioguide", () -> BioguideId.of(bioguide));
        switch (decision) {
            case "confirm" -> matches.confirm(person, member, user.getName());
            case "reject" -> matches.reject(person, member, user.getName());
            default -> throw new InvalidInput("decision", org.bilateral.shared.Said.of("refusal.hill.notADecision", decision));
        }
        return "redirect:/hill/matches";
    }

    /** "Senator Bill Hagerty (Republican, Tennessee)", "Thượng nghị sĩ Bill Hagerty (Cộng hòa, Tennessee)". */
    private String member(Legislator l, Locale locale) {
        String party = messages.getMessage("hill.party." + l.party().toLowerCase(Locale.ROOT), null, l.party(), locale);
        String state = states.name(l.state());
        Integer district = l.district();
        String said = l.chamber() == Chamber.SENATE
                ? messages.getMessage("hill.member.senate", new Object[] {l.fullName(), party, state}, locale)
                : district == null || district == 0
                ? messages.getMessage("hill.member.houseAtLarge", new Object[] {l.fullName(), party, state}, locale)
                : messages.getMessage("hill.member.house", new Object[] {l.fullName(), party, state, String.valueOf(district)}, locale);
        return legislators.sitting(l.id()) ? said : messages.getMessage("hill.member.former", new Object[] {said}, locale);
    }
}
