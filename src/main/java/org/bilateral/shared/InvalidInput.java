package org.bilateral.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Input that was refused as a whole; nothing it carried was stored. */
public class InvalidInput extends RuntimeException {

    /** A refusal lists this many problems and counts the rest: enough to fix a file, never a megabyte of them. */
    public static final int LISTED = 30;

    private final List<InputProblem> problems;

    public InvalidInput(List<InputProblem> problems) {
        super(listed(problems).stream().map(InputProblem::toString).collect(Collectors.joining("\n")));
        this.problems = listed(problems);
    }

    private static List<InputProblem> listed(List<InputProblem> problems) {
        if (problems.size() <= LISTED) {
            return List.copyOf(problems);
        }
        List<InputProblem> listed = new ArrayList<>(problems.subList(0, LISTED));
        listed.add(new InputProblem(problems.get(LISTED).source(), null, null,
                String.format("and %,d more problems not listed", problems.size() - LISTED)));
        return List.copyOf(listed);
    }

    public InvalidInput(InputProblem problem) {
        this(List.of(problem));
    }

    /** A problem with a whole request rather than with a line of a file. */
    public InvalidInput(String source, String message) {
        this(new InputProblem(source, null, null, message));
    }

    /**
     * A value parsed from a form's or a request's field: what cannot be parsed (its parser says so with an
     * IllegalArgumentException) is refused by the field's name, as every door refuses it.
     */
    public static <T> T field(String name, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(name, String.valueOf(e.getMessage()));
        }
    }

    /** A country code from a field, upper-cased; null when blank. */
    public static @Nullable CountryCode country(@Nullable String text, String name) {
        return text == null || text.isBlank() ? null
                : field(name, () -> CountryCode.of(text.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
