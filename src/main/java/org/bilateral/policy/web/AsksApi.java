package org.bilateral.policy.web;

import org.jspecify.annotations.Nullable;
import java.net.URI;
import java.util.List;
import org.bilateral.policy.Asks;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The asks register as JSON: the list, one ask, and opening one, adding a position, setting where it stands. */
@RestController
@RequestMapping("/api/asks")
class AsksApi {

    private final Asks asks;

    AsksApi(Asks asks) {
        this.asks = asks;
    }

    @GetMapping
    List<Asks.Ask> list(@RequestParam(required = false) @Nullable String topic, @RequestParam(required = false) @Nullable String side) {
        return AskForms.chosen(asks, topic, side);
    }

    @GetMapping("/{id}")
    Asks.Ask one(@PathVariable String id) {
        return asks.ask(Asks.number(id));
    }

    @PostMapping
    ResponseEntity<Asks.Ask> open(@RequestBody AskForms.AskForm form) {
        Asks.Ask opened = asks.open(form.command());
        return ResponseEntity.created(URI.create("/api/asks/" + opened.id())).body(opened);
    }

    @PostMapping("/{id}/positions")
    Asks.Ask take(@PathVariable String id, @RequestBody AskForms.PositionForm form, Authentication user) {
        long ask = Asks.number(id);
        return asks.take(form.command(ask), AskForms.enteredBy(user));
    }

    /** Merges this ask into the one named {@code {"into": "A7"}}, found to be the same; answers with the one kept. */
    @PostMapping("/{id}/merge")
    Asks.Ask merge(@PathVariable String id, @RequestBody MergeBody body, Authentication user) {
        return asks.merge(Asks.number(id), Asks.number(body.into()), user.getName());
    }

    /** Sets the ask's statement in Vietnamese, {@code {"statementVi": "…"}}; an empty one removes it. */
    @PostMapping("/{id}/statement-vi")
    Asks.Ask statementVi(@PathVariable String id, @RequestBody AskForms.StatementViForm body) {
        return asks.setStatementVi(Asks.number(id), body.statementVi());
    }

    @PostMapping("/{id}/status")
    Asks.Ask status(@PathVariable String id, @RequestBody StatusBody body) {
        return asks.setStatus(Asks.number(id), AskForms.status(body.status()));
    }

    /** {@code {"into": "A7"}}: the ask this one is merged into. */
    record MergeBody(@Nullable String into) {
    }

    /** {@code {"status": "met"}}: the ask's new status. */
    record StatusBody(@Nullable String status) {
    }
}
