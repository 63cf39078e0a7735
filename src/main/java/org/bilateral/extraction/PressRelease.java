package org.bilateral.extraction;

/** A press release as it arrived: its file name and its text, plain, HTML or Markdown. */
public record PressRelease(String name, String text) {

    public PressRelease {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a press release needs a name");
        }
        text = text == null ? "" : text;
    }

    /** The largest press-release file taken: an HTML page with its markup; the text read from it is bounded apart. */
    public static final long LARGEST_FILE = 4L << 20;

    /** A press release from a file, which must be UTF-8 (or is refused by its name, as on every door). */
    public static PressRelease of(java.nio.file.Path file, String name) {
        try {
            if (java.nio.file.Files.size(file) > LARGEST_FILE) {
                throw new org.bilateral.shared.InvalidInput(name, "is larger than 4 MB; a press release, even as a web page, is far smaller");
            }
            return new PressRelease(name, java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new org.bilateral.shared.InvalidInput(name, "the file is not UTF-8 text");
        } catch (java.io.IOException e) {
            throw new org.bilateral.shared.InvalidInput(name, "cannot be read: " + e.getMessage());
        }
    }
}
