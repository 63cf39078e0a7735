package org.bilateral.extraction;

import java.io.StringWriter;
import java.nio.file.Path;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.TextFiles;
import org.bilateral.shared.Said;

/** A press release as it arrived: its file name and its text, plain, HTML or Markdown. */
public record PressRelease(String name, String text) {

    /** A name that is missing or not text is refused naming the field: a door passes the name it was given straight here. */
    public PressRelease {
        if (name == null || name.isBlank()) {
            throw new InvalidInput(InputProblem.from(Said.of("refusal.where.aPressRelease"), null, "name", Said.of("refusal.extraction.needsName")));
        }
        org.bilateral.shared.Limits.textSaid(name).ifPresent(p -> {
            throw new InvalidInput(InputProblem.from(Said.of("refusal.where.aPressRelease"), null, "name", Said.of("refusal.extraction.nameIs", p)));
        });
        text = text == null ? "" : text;
    }

    /** The largest press-release file taken: an HTML page with its markup; the text read from it is bounded apart. */
    public static final long LARGEST_FILE = 4L << 20;

    /** A press release from a file, which must be UTF-8 (or is refused by its name, as on every door). */
    public static PressRelease of(Path file, String name) {
        if (file.toFile().length() > LARGEST_FILE) {
            throw new InvalidInput(name, Said.of("refusal.extraction.tooLarge"));
        }
        return TextFiles.read(file, name, in -> {
            StringWriter text = new StringWriter();
            in.transferTo(text);
            return new PressRelease(name, text.toString());
        });
    }
}
