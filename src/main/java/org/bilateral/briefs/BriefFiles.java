package org.bilateral.briefs;

import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Service;

/** A kept brief written in a format, and the name its file is given. */
@Service
public class BriefFiles {

    /** A brief's file: its name and bytes. */
    public record File(String name, BriefFormat format, byte[] bytes) {
    }

    private final BriefRenderer documents;

    BriefFiles(BriefRenderer documents) {
        this.documents = documents;
    }

    public File write(Briefs.Kept kept, BriefFormat format) {
        Brief b = kept.brief();
        byte[] bytes = switch (format) {
            case PDF -> documents.pdf(b);
            case DOCX -> documents.docx(b);
            case XLSX -> documents.xlsx(b);
            case HTML -> documents.html(b).getBytes(StandardCharsets.UTF_8);
        };
        String name = "brief-" + kept.id() + "-" + b.request().a().value() + "-" + b.request().b().value() + "-" + b.request().forDate()
                + "-" + b.request().language().code() + "." + format.extension();
        return new File(name, format, bytes);
    }
}
