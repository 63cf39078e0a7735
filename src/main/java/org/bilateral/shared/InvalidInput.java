package org.bilateral.shared;

import java.util.List;
import java.util.stream.Collectors;

/** Input that was refused as a whole; nothing it carried was stored. */
public class InvalidInput extends RuntimeException {

    private final List<InputProblem> problems;

    public InvalidInput(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public InvalidInput(InputProblem problem) {
        this(List.of(problem));
    }

    /** A problem with a whole request rather than with a line of a file. */
    public InvalidInput(String source, String message) {
        this(new InputProblem(source, null, null, message));
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
