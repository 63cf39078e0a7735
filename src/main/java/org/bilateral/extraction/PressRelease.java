package org.bilateral.extraction;

/** A press release as it arrived: its file name and its text, plain, HTML or Markdown. */
public record PressRelease(String name, String text) {

    public PressRelease {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a press release needs a name");
        }
        text = text == null ? "" : text;
    }
}
