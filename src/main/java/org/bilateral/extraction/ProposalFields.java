package org.bilateral.extraction;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A proposed record's fields by name, in the order the review card lists them, each with its value as the stored JSON
 * holds it: a text, a whole number, an exact decimal, true or false, a list of names, or nothing.
 */
public record ProposalFields(List<Field> fields) implements Iterable<ProposalFields.Field> {

    /** One field of the card: its name ("round", "value_usd") and its value; null when the reader found none. */
    public record Field(String key, @Nullable Object value) {
    }

    public ProposalFields {
        fields = List.copyOf(fields);
    }

    /** Whether the record has a field of this name. */
    public boolean has(String key) {
        return find(key).isPresent();
    }

    /** The field's value; null when it has none, or when the record has no such field ({@link #has} tells which). */
    public @Nullable Object get(String key) {
        return find(key).map(Field::value).orElse(null);
    }

    /** The fields' names, in order. */
    public List<String> keys() {
        return fields.stream().map(Field::key).toList();
    }

    @Override
    public Iterator<Field> iterator() {
        return fields.iterator();
    }

    private Optional<Field> find(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
