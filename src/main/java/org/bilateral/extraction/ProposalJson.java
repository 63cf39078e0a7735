package org.bilateral.extraction;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.commitments.Instrument;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.engagements.Talks;
import org.bilateral.extraction.ProposedRecord.Subject;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.ReportedDate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Proposed records as JSON: how the {@code proposal.payload} column holds them, how the review page lists their
 * fields, and how a reviewer's corrections are laid over them. Dates, countries, talks and the register's kinds are
 * written by their codes ("2026-02-04", "VN", "US-VN", "meeting"), so the stored form reads as the page shows it.
 * A correction that does not fit its field is refused naming the field; nothing is rounded or cut to fit.
 */
public final class ProposalJson {

    /** The longest name or text field a proposal keeps: every download's cell holds it. */
    static final int LONGEST_NAME = 500;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addMixIn(ReportedDate.class, DateCode.class)
            .addMixIn(CountryCode.class, CountryByCode.class)
            .addMixIn(Talks.class, TalksByCode.class)
            .addMixIn(EngagementKind.class, EngagementKindByCode.class)
            .addMixIn(OrganisationKind.class, OrganisationKindByCode.class)
            .addMixIn(PolicyTopic.class, PolicyTopicByCode.class)
            .addMixIn(Instrument.class, InstrumentByCode.class)
            // 2027.5 is not a round number and "3 rounds" is not a number: refused, never truncated or guessed.
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {
    };

    private ProposalJson() {
    }

    public static String write(ProposedRecord record) {
        return MAPPER.writeValueAsString(record);
    }

    /** A stored payload read back as the record its subject says it is. */
    public static ProposedRecord read(Subject subject, String json) {
        return MAPPER.readValue(json, subject.type());
    }

    /** The record's fields by name, in order, as the review form shows them. */
    public static Map<String, Object> fields(ProposedRecord record) {
        return MAPPER.convertValue(record, FIELDS);
    }

    /**
     * The record with the reviewer's corrections laid over it, checked field by field: a field the record does not have,
     * a value of the wrong type and whatever {@link ProposedRecord#problems} finds are all refused together.
     */
    public static ProposedRecord corrected(ProposedRecord proposed, Map<String, ?> corrections, String source) {
        ObjectNode tree = MAPPER.valueToTree(proposed);
        List<InputProblem> problems = new ArrayList<>();
        if (corrections != null) {
            for (Map.Entry<String, ?> c : corrections.entrySet()) {
                if (!tree.has(c.getKey())) {
                    problems.add(new InputProblem(source, null, c.getKey(), "a " + proposed.subject().code() + " has no such field; it has "
                            + String.join(", ", fields(proposed).keySet())));
                    continue;
                }
                tree.set(c.getKey(), MAPPER.valueToTree(c.getValue()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        ProposedRecord corrected = null;
        for (String field : fields(proposed).keySet()) {
            // Each field on its own first, so that every wrong field is named at once rather than the first only.
            ObjectNode one = MAPPER.valueToTree(proposed);
            one.set(field, tree.get(field));
            try {
                MAPPER.treeToValue(one, proposed.subject().type());
            } catch (JacksonException e) {
                problems.add(new InputProblem(source, null, field, expected(proposed.subject(), field) + ", not " + shown(tree.get(field))));
            }
        }
        if (problems.isEmpty()) {
            try {
                corrected = MAPPER.treeToValue(tree, proposed.subject().type());
            } catch (DatabindException e) {
                String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getPropertyName();
                problems.add(new InputProblem(source, null, field, expected(proposed.subject(), field)));
            }
        }
        if (corrected != null) {
            problems.addAll(corrected.problems(source));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return corrected;
    }

    /** What a field takes, said to a reviewer whose correction does not fit it. */
    static String expected(Subject subject, String field) {
        if (field == null) {
            return "not a valid " + subject.code();
        }
        return switch (field) {
            case "kind" -> subject == Subject.ORGANISATION ? "one of ministry, legislature, company, association, party, agency, other"
                    : "one of meeting, call, visit, business_forum, signing, negotiation_round, other";
            case "date", "end_date" -> "a date is written 2026-02-04, or XXXX-02-04 when the year is unknown";
            case "country" -> "a two-letter ISO code such as VN or US";
            case "talks" -> "the two countries of the talks, written US-VN";
            case "round", "sidelines_of" -> "a round's number, a whole number from 1 to 999";
            case "quantity" -> "a whole number";
            case "value_usd", "value_low_usd", "value_high_usd" -> "a number of US dollars";
            case "participants", "topics" -> "a list of names";
            case "participant" -> "true or false";
            case "topic" -> "one of market_economy_status, export_controls, trade_fraud, tariffs";
            case "instrument" -> "one of announcement, mou, framework_agreement, purchase_agreement, order";
            default -> "text";
        };
    }

    private static String shown(JsonNode value) {
        String text = value == null || value.isNull() ? "nothing" : value.isString() ? value.asString() : value.toString();
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    static CountryCode country(String code) {
        return code == null || code.isBlank() ? null : CountryCode.of(code);
    }

    static void required(String value, String field, String source, List<InputProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new InputProblem(source, null, field, "is required"));
        } else {
            length(value, field, source, problems);
        }
    }

    static void length(String value, String field, String source, List<InputProblem> problems) {
        if (value != null && value.length() > LONGEST_NAME) {
            problems.add(new InputProblem(source, null, field, "is at most " + LONGEST_NAME + " characters, not " + value.length()));
        }
    }

    // --- how the register's value types are written -------------------------------------------------------------

    abstract static class DateCode {
        @JsonValue
        public abstract String toString();

        @JsonCreator
        static ReportedDate parse(String text) {
            return null;
        }
    }

    abstract static class CountryByCode {
        @JsonValue
        abstract String value();

        @JsonCreator
        static CountryCode of(String value) {
            return null;
        }
    }

    abstract static class TalksByCode {
        @JsonValue
        abstract String code();

        @JsonCreator
        static Talks parse(String code) {
            return null;
        }
    }

    abstract static class EngagementKindByCode {
        @JsonValue
        abstract String code();

        @JsonCreator
        static EngagementKind parse(String code) {
            return null;
        }
    }

    abstract static class OrganisationKindByCode {
        @JsonValue
        abstract String code();

        @JsonCreator
        static OrganisationKind parse(String code) {
            return null;
        }
    }

    abstract static class PolicyTopicByCode {
        @JsonValue
        abstract String code();

        @JsonCreator
        static PolicyTopic parse(String code) {
            return null;
        }
    }

    abstract static class InstrumentByCode {
        @JsonValue
        abstract String code();

        @JsonCreator
        static Instrument parse(String text) {
            return null;
        }
    }
}
