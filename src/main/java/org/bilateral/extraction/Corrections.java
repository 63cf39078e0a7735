package org.bilateral.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A reviewer's corrections to a proposal, field by field, as the form or the API sent them: a field's name as the
 * review page shows it ("value_usd", "participants") and the value typed, a text, a number, true or false, a list of
 * names, or nothing ({@code null}: "not given"). {@link ProposalJson#corrected} checks them against the record.
 */
public record Corrections(List<Correction> fields) {

    /** What corrections look like, shown in the refusal of a body that is not an object. */
    private static final String EXAMPLE = "{\"round\": 6}";


    /** No correction: the proposal accepted as it was read. */
    public static final Corrections NONE = new Corrections(List.of());

    /** One field's corrected value; {@code value} is null when the reviewer emptied the field. */
    public record Correction(String field, @Nullable Object value) {
    }

    public Corrections {
        fields = List.copyOf(fields);
    }

    /** The corrections given field by field, in the order given ({@code Map.of} for one or two, a LinkedHashMap for more). */
    public static Corrections of(Map<String, ?> values) {
        List<Correction> fields = new ArrayList<>();
        values.forEach((field, value) -> fields.add(new Correction(field, value)));
        return new Corrections(fields);
    }

    /**
     * The corrections a request's body gives as a JSON object of fields; no body is no correction. Anything but an object
     * is refused: the fields are named by their keys.
     */
    public static Corrections of(@Nullable JsonNode body, String source) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return NONE;
        }
        if (!body.isObject()) {
            throw new InvalidInput(source, Said.of("refusal.extraction.correctionsObject", EXAMPLE, String.valueOf(body.getNodeType())));
        }
        List<Correction> fields = new ArrayList<>();
        body.properties().forEach(p -> fields.add(new Correction(p.getKey(), p.getValue())));
        return new Corrections(fields);
    }

    /** Whether the field was corrected, emptied or not. */
    public boolean has(String field) {
        return find(field).isPresent();
    }

    /** The value given for the field; null when it was emptied or not given ({@link #has} tells which). */
    public @Nullable Object get(String field) {
        return find(field).map(Correction::value).orElse(null);
    }

    private Optional<Correction> find(String field) {
        return fields.stream().filter(c -> c.field().equals(field)).findFirst();
    }
}
