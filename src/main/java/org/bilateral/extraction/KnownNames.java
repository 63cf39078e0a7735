package org.bilateral.extraction;

import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * People and organisations already in the register, with their variants. The reader recognises them in new
 * reports without a title or context, and resolves short forms ("Hùng") to them.
 */
public record KnownNames(List<Person> people, List<Organisation> organisations) {

    public KnownNames {
        people = List.copyOf(people);
        organisations = List.copyOf(organisations);
    }

    public static KnownNames none() {
        return new KnownNames(List.of(), List.of());
    }

    public record Person(String name, List<String> variants, @Nullable String title, @Nullable String country) {
    }

    public record Organisation(String name, List<String> variants, @Nullable String country, String kind) {
    }
}
