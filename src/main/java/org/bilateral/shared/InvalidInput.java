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
                Said.of("refusal.shared.moreProblems", problems.size() - LISTED)));
        return List.copyOf(listed);
    }

    public InvalidInput(InputProblem problem) {
        this(List.of(problem));
    }

    /** A refusal whose key says the whole sentence, its source in words of ours ({@link InputProblem#whole}). */
    public InvalidInput(Said whole) {
        this(InputProblem.whole(whole));
    }

    /** A problem of a form or request said in words of ours ("screen", "merge"), located by key. */
    public InvalidInput(Said where, Said what) {
        this(InputProblem.from(where, null, null, what));
    }

    /** A problem with a whole request rather than with a line of a file. */
    public InvalidInput(String source, Said message) {
        this(new InputProblem(source, null, null, message));
    }

    /**
     * Words that are not Bilateral's own, passed on as written (another program's message). A sentence of ours takes a
     * key, {@code new InvalidInput(source, Said.of("refusal.<module>.<what>", …))} (RefusalKeysTest says so).
     */
    public InvalidInput(String source, String message) {
        this(source, Said.asWritten(message));
    }

    /**
     * A value parsed from a form's or a request's field: what cannot be parsed (its parser says so with an
     * IllegalArgumentException) is refused by the field's name, as every door refuses it.
     */
    public static <T> T field(String name, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValue e) {
            throw new InvalidInput(name, e.said());
        } catch (IllegalArgumentException e) {
            // a parser of another library's: its own words, passed on
            throw new InvalidInput(name, Said.asWritten(String.valueOf(e.getMessage())));
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
