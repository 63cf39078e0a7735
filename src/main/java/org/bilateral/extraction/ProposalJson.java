package org.bilateral.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import org.bilateral.commitments.Instrument;
import org.bilateral.engagements.EngagementKind;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.engagements.Talks;
import org.bilateral.extraction.ProposedRecord.Subject;
import org.bilateral.policy.PolicyTopic;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Money;
import org.bilateral.shared.NameKey;
import org.bilateral.shared.ReportedDate;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.ser.std.StdSerializer;

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
            .addModule(codes())
            // 2027.5 is not a round number and "3 rounds" is not a number: refused, never truncated or guessed.
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // an amount listed for the form or the API stays the decimal it is, never a double
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
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
    public static ProposalFields fields(ProposedRecord record) {
        List<ProposalFields.Field> fields = new ArrayList<>();
        MAPPER.convertValue(record, FIELDS).forEach((key, value) -> fields.add(new ProposalFields.Field(key, value)));
        return new ProposalFields(fields);
    }

    /**
     * The record with the reviewer's corrections laid over it, checked field by field: a field the record does not have,
     * a value of the wrong type and whatever {@link ProposedRecord#problems} finds are all refused together.
     */
    public static ProposedRecord corrected(ProposedRecord proposed, @Nullable Corrections corrections, String source) {
        ObjectNode base = MAPPER.valueToTree(proposed);
        ObjectNode tree = base.deepCopy();
        List<InputProblem> problems = new ArrayList<>();
        for (Corrections.Correction c : corrections == null ? List.<Corrections.Correction>of() : corrections.fields()) {
            if (!tree.has(c.field())) {
                problems.add(new InputProblem(source, null, c.field(), Said.of("refusal.extraction.noSuchField", proposed.subject().code(),
                        String.join(", ", base.propertyNames()))));
                continue;
            }
            JsonNode value = MAPPER.valueToTree(c.value());
            // Text is held to the same bounds as on every other door (length, no control characters).
            for (JsonNode text : value.isArray() ? value.values() : List.of(value)) {
                if (text.isString()) {
                    Limits.textProblem(text.asString()).ifPresent(p -> problems.add(new InputProblem(source, null, c.field(), p)));
                }
            }
            tree.set(c.field(), value);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        ProposedRecord corrected = null;
        for (String field : base.propertyNames()) {
            // Each field on its own first, so that every wrong field is named at once rather than the first only.
            ObjectNode one = base.deepCopy();
            one.set(field, tree.get(field));
            try {
                MAPPER.treeToValue(one, proposed.subject().type());
            } catch (JacksonException e) {
                problems.add(new InputProblem(source, null, field, Said.of("refusal.extraction.expectedNot", expected(proposed.subject(), field),
                        String.valueOf(shown(tree.get(field))))));
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
        if (corrected == null || !problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return corrected;
    }

    /** What a field takes, said to a reviewer whose correction does not fit it. */
    static String expected(Subject subject, @Nullable String field) {
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
            case "quantity" -> "a whole number from 1 to 1,000,000,000,000";
            case "value_usd", "value_low_usd", "value_high_usd" -> "a number of US dollars";
            case "participants", "topics" -> "a list of names";
            case "participant" -> "true or false";
            case "topic" -> "one of market_economy_status, export_controls, trade_fraud, tariffs";
            case "instrument" -> "one of announcement, mou, framework_agreement, purchase_agreement, order";
            case "ask" -> "an ask's number, such as A3; new VN of US to open the ask Vietnam makes of the United States; or nothing";
            default -> "text";
        };
    }

    private static String shown(JsonNode value) {
        String text = value == null || value.isNull() ? "nothing" : value.isString() ? value.asString() : value.toString();
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    static @Nullable CountryCode country(@Nullable String code) {
        return code == null || code.isBlank() ? null : CountryCode.of(code);
    }

    static void required(@Nullable String value, String field, String source, List<InputProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new InputProblem(source, null, field, Said.of("refusal.tradestats.required")));
        } else {
            length(value, field, source, problems);
        }
    }

    /** A name the register files a person or organisation under: two letters or digits at least, once accents go. */
    static void named(@Nullable String value, String field, String source, List<InputProblem> problems) {
        if (value != null && !value.isBlank() && NameKey.of(value).length() < 2) {
            problems.add(new InputProblem(source, null, field, Said.of("refusal.extraction.nameTooShort", value.strip())));
        }
    }

    static void length(@Nullable String value, String field, String source, List<InputProblem> problems) {
        if (value != null && value.length() > LONGEST_NAME) {
            problems.add(new InputProblem(source, null, field, Said.of("refusal.extraction.tooLongName", String.valueOf(LONGEST_NAME),
                    String.valueOf(value.length()))));
        }
    }

    // --- how the register's value types are written -------------------------------------------------------------

    /** Written by its code and read back by its parser; a value the parser refuses is a problem of its field. */
    private static <T> void coded(SimpleModule module, Class<T> type, Function<T, String> code, Function<String, T> parse) {
        module.addSerializer(type, new StdSerializer<T>(type) {
            @Override
            public void serialize(T value, JsonGenerator out, SerializationContext context) {
                out.writeString(code.apply(value));
            }
        });
        module.addDeserializer(type, new StdDeserializer<T>(type) {
            @Override
            public T deserialize(JsonParser in, DeserializationContext context) {
                if (!in.currentToken().isScalarValue()) {
                    return context.reportInputMismatch(type, "a code, not " + in.currentToken());
                }
                try {
                    return parse.apply(in.getValueAsString());
                } catch (IllegalArgumentException e) {
                    return context.reportInputMismatch(type, e.getMessage());
                }
            }
        });
    }

    /** An amount of dollars written as the plain number it is, and read back from a number (or digits in quotes). */
    private static void dollars(SimpleModule module) {
        module.addSerializer(Money.class, new StdSerializer<Money>(Money.class) {
            @Override
            public void serialize(Money value, JsonGenerator out, SerializationContext context) {
                out.writeNumber(value.usd());
            }
        });
        module.addDeserializer(Money.class, new StdDeserializer<Money>(Money.class) {
            @Override
            public Money deserialize(JsonParser in, DeserializationContext context) {
                JsonToken token = in.currentToken();
                if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                    return Money.usd(in.getDecimalValue());
                }
                if (token == JsonToken.VALUE_STRING) {
                    try {
                        return Money.usd(in.getString());
                    } catch (IllegalArgumentException e) {
                        return context.reportInputMismatch(Money.class, e.getMessage());
                    }
                }
                return context.reportInputMismatch(Money.class, "a number of US dollars, not " + token);
            }
        });
    }

    private static SimpleModule codes() {
        SimpleModule module = new SimpleModule("bilateral-codes");
        coded(module, ReportedDate.class, ReportedDate::toString, ReportedDate::parse);
        coded(module, CountryCode.class, CountryCode::value, CountryCode::of);
        coded(module, Talks.class, Talks::code, Talks::parse);
        coded(module, EngagementKind.class, EngagementKind::code, EngagementKind::parse);
        coded(module, OrganisationKind.class, OrganisationKind::code, OrganisationKind::parse);
        coded(module, PolicyTopic.class, PolicyTopic::code, PolicyTopic::parse);
        coded(module, Instrument.class, Instrument::code, Instrument::parse);
        dollars(module);
        return module;
    }
}
