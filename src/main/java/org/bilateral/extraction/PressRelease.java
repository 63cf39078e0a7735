package org.bilateral.extraction;

import java.io.StringWriter;
import java.nio.file.Path;
import org.bilateral.shared.InputProblem;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.TextFiles;

/** A press release as it arrived: its file name and its text, plain, HTML or Markdown. */
public record PressRelease(String name, String text) {

    /** A name that is missing or not text is refused naming the field: a door passes the name it was given straight here. */
    public PressRelease {
        if (name == null || name.isBlank()) {
            throw new InvalidInput(new InputProblem("a press release", null, "name", "a press release needs a name"));
        }
        org.bilateral.shared.Limits.textProblem(name).ifPresent(p -> {
            throw new InvalidInput(new InputProblem("a press release", null, "name", "a press release's name " + p));
        });
        text = text == null ? "" : text;
    }

    /** The largest press-release file taken: an HTML page with its markup; the text read from it is bounded apart. */
    public static final long LARGEST_FILE = 4L << 20;

    /** A press release from a file, which must be UTF-8 (or is refused by its name, as on every door). */
    public static PressRelease of(Path file, String name) {
        if (file.toFile().length() > LARGEST_FILE) {
            throw new InvalidInput(name, "is larger than 4 MB; a press release, even as a web page, is far smaller");
        }
        return TextFiles.read(file, name, in -> {
            StringWriter text = new StringWriter();
            in.transferTo(text);
            return new PressRelease(name, text.toString());
        });
    }
}
