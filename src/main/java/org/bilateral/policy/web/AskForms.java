package org.bilateral.policy.web;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.bilateral.policy.AskStatus;
import org.bilateral.policy.Asks;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Said;
import org.springframework.security.core.Authentication;

/** Asks as the pages' forms and the API's JSON bodies give them: text, checked by field when it becomes a command. */
final class AskForms {

    /** The form's field the date is named by. */
    private static final String SAID_ON = "said on";


    private AskForms() {
    }

    /** An ask to open. */
    record AskForm(@Nullable String side, @Nullable String addressee, @Nullable String topic, @Nullable String statement,
                   @Nullable String statementVi) {

        Asks.OpenAsk command() {
            return Asks.OpenAsk.of(InvalidInput.country(side, "side"), InvalidInput.country(addressee, "addressee"),
                    topic == null || topic.isBlank() ? null : InvalidInput.field("topic", () -> PolicyTopic.parse(topic)), statement,
                    statementVi);
        }
    }

    /** An ask's statement in Vietnamese, to set, replace or (empty) remove: {@code {"statementVi": "…"}} on the API. */
    record StatementViForm(@Nullable String statementVi) {
    }

    /** A position to add. */
    record PositionForm(@Nullable String saidOn, @Nullable String who, @Nullable String whereSaid, @Nullable String quote,
                        @Nullable String answer, @Nullable String sourceUrl, @Nullable String note) {

        Asks.TakePosition command(long askId) {
            @Nullable LocalDate date;
            try {
                date = saidOn == null || saidOn.isBlank() ? null : LocalDate.parse(saidOn.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInput(SAID_ON, Said.of("refusal.commitments.notADate", Limits.shown(saidOn)));
            }
            return Asks.TakePosition.of(askId, date, who, whereSaid, quote, answer, sourceUrl, note);
        }
    }

    static AskStatus status(@Nullable String text) {
        return InvalidInput.field("status", () -> AskStatus.parse(text == null ? "" : text));
    }

    /** The asks a list's filters choose (a topic, a side, or neither). */
    static List<Asks.Ask> chosen(Asks asks, @Nullable String topic, @Nullable String side) {
        return asks.list(topic == null || topic.isBlank() ? null : InvalidInput.field("topic", () -> PolicyTopic.parse(topic)),
                InvalidInput.country(side, "side"));
    }

    /** Who entered a position on the web, as its source says. */
    static String enteredBy(Authentication user) {
        return "entered by " + user.getName();
    }

}
