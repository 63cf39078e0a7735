package org.bilateral.briefs;

/**
 * Writes a brief as a document. Declared here and implemented in {@code briefs.render}, so that the module's top package
 * names what it needs without reaching down into the part that lays briefs out (which reads {@link Brief} back up).
 */
public interface BriefRenderer {

    /** The whole document as XHTML, as the PDF lays it out. */
    String html(Brief brief);

    byte[] pdf(Brief brief);

    byte[] docx(Brief brief);

    byte[] xlsx(Brief brief);
}
