package org.bilateral.engagements.web;

import java.security.Principal;
import java.util.List;
import org.bilateral.engagements.Directory;
import org.bilateral.engagements.Engagements;
import org.bilateral.engagements.MergeProposals;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class RegisterApi {

    private final Engagements engagements;
    private final Directory directory;
    private final MergeProposals merges;

    RegisterApi(Engagements engagements, Directory directory, MergeProposals merges) {
        this.engagements = engagements;
        this.directory = directory;
        this.merges = merges;
    }

    @GetMapping("/engagements")
    List<Engagements.Engagement> timeline(@RequestParam(required = false) @Nullable Long person,
                                            @RequestParam(required = false) @Nullable Long organisation) {
        return engagements.timeline(person, organisation);
    }

    @GetMapping("/engagements/{id}")
    Engagements.Engagement engagement(@PathVariable long id) {
        return engagements.existingEngagement(id);
    }

    @GetMapping("/people")
    List<Directory.Person> people() {
        return directory.people();
    }

    @GetMapping("/people/{id}")
    Directory.Person person(@PathVariable long id) {
        return directory.existingPerson(id);
    }

    @GetMapping("/organisations")
    List<Directory.Organisation> organisations() {
        return directory.organisations();
    }

    @GetMapping("/organisations/{id}")
    Directory.Organisation organisation(@PathVariable long id) {
        return directory.existingOrganisation(id);
    }

    @GetMapping("/merges")
    List<MergeProposals.Proposal> merges() {
        return merges.all();
    }

    @PostMapping("/merges/{id}/confirm")
    MergeProposals.Proposal confirm(@PathVariable long id, Principal user) {
        return merges.confirm(id, user.getName());
    }

    @PostMapping("/merges/{id}/reject")
    MergeProposals.Proposal reject(@PathVariable long id, Principal user) {
        return merges.reject(id, user.getName());
    }
}
