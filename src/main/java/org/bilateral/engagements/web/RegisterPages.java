package org.bilateral.engagements.web;

import java.security.Principal;
import java.util.List;
import org.bilateral.engagements.CitedDeals;
import org.bilateral.engagements.DealingsOf;
import org.bilateral.engagements.WatchedAtEngagement;
import org.bilateral.engagements.Directory;
import org.bilateral.engagements.Engagements;
import org.bilateral.engagements.MergeProposals;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.UsState;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class RegisterPages {

    private final Engagements engagements;
    private final Directory directory;
    private final MergeProposals merges;

    private final List<CitedDeals> citedDeals;
    private final List<WatchedAtEngagement> watched;
    private final List<DealingsOf> dealings;

    RegisterPages(Engagements engagements, Directory directory, MergeProposals merges, List<CitedDeals> citedDeals,
                  List<WatchedAtEngagement> watched, List<DealingsOf> dealings) {
        this.citedDeals = citedDeals;
        this.dealings = dealings;
        this.watched = watched;
        this.engagements = engagements;
        this.directory = directory;
        this.merges = merges;
    }

    @GetMapping("/engagements")
    String timeline(@RequestParam(required = false) @Nullable Long person, @RequestParam(required = false) @Nullable Long organisation,
                    Model model) {
        model.addAttribute("engagements", engagements.timeline(person, organisation));
        model.addAttribute("person", person == null ? null : directory.person(person).orElse(null));
        model.addAttribute("organisation", organisation == null ? null : directory.organisation(organisation).orElse(null));
        return "engagements/timeline";
    }

    @GetMapping("/engagements/{id}")
    String engagement(@PathVariable long id, Model model) {
        Engagements.Engagement e = engagements.existingEngagement(id);
        model.addAttribute("e", e);
        List<Long> pressReleases = e.sources().stream().map(Engagements.Source::pressReleaseId).toList();
        model.addAttribute("deals", citedDeals.stream().flatMap(c -> c.at(id, pressReleases).stream()).toList());
        model.addAttribute("watched", watched.stream().flatMap(w -> w.citingAt(id).stream()).toList());
        return "engagements/engagement";
    }

    @GetMapping("/people")
    String people(Model model) {
        model.addAttribute("people", directory.people());
        return "engagements/people";
    }

    @GetMapping("/organisations")
    String organisations(Model model) {
        model.addAttribute("organisations", directory.organisations());
        return "engagements/organisations";
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable long id, Model model) {
        model.addAttribute("person", directory.existingPerson(id));
        model.addAttribute("engagements", engagements.timeline(id, null));
        return "engagements/person";
    }

    /** An organisation with its people, engagements, deals and, for an enterprise, what it reported. */
    @GetMapping("/organisations/{id}")
    String organisation(@PathVariable long id, Model model) {
        model.addAttribute("organisation", directory.existingOrganisation(id));
        model.addAttribute("people", directory.peopleOf(id));
        model.addAttribute("engagements", engagements.timeline(null, id));
        model.addAttribute("dealings", dealings.stream().flatMap(d -> d.dealings(id).stream()).toList());
        model.addAttribute("reported", dealings.stream().flatMap(d -> d.reported(id).stream()).toList());
        model.addAttribute("reporters", dealings.stream().flatMap(d -> d.reporters(id).stream()).toList());
        return "engagements/organisation";
    }

    /** An editor says which US state the organisation is in, or (nothing chosen) that it is not known. */
    @PostMapping("/organisations/{id}/state")
    String state(@PathVariable long id, @RequestParam(required = false) @Nullable String state, Principal user) {
        UsState chosen = state == null || state.isBlank() ? null : InvalidInput.field("state", () -> UsState.of(state));
        directory.setUsState(new Directory.OrganisationId(id), chosen, user.getName());
        return "redirect:/organisations/" + id;
    }

    @GetMapping("/merges")
    String merges(Model model) {
        model.addAttribute("merges", merges.all());
        return "engagements/merges";
    }

    @PostMapping("/merges/{id}/{decision}")
    String decide(@PathVariable long id, @PathVariable String decision, Principal user) {
        if (decision.equals("confirm")) {
            merges.confirm(id, user.getName());
        } else if (decision.equals("reject")) {
            merges.reject(id, user.getName());
        } else {
            throw new NotFound(NotFound.Thing.MERGE_DECISION, decision);
        }
        return "redirect:/merges";
    }
}
