package org.bilateral.briefs.render;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.bilateral.briefs.Brief;
import org.bilateral.shared.Table;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A brief in every format from one composition: the HTML of one template (the web page shows its body, the PDF lays out
 * the whole on A4 with the Vietnamese-capable DejaVu fonts embedded and the chart as a vector), the DOCX and the XLSX
 * from the same tables.
 */
@Component
public class BriefDocuments {

    static final String FONT_REGULAR = "/org/bilateral/briefs/fonts/DejaVuSans.ttf";
    static final String FONT_BOLD = "/org/bilateral/briefs/fonts/DejaVuSans-Bold.ttf";

    private final ITemplateEngine templates;
    private final MessageSource messages;

    BriefDocuments(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    public BriefWords words(Brief brief) {
        return new BriefWords(messages, brief.request().language().locale());
    }

    /** What the template needs: the brief, its words, its chart and its print style. */
    public Map<String, Object> model(Brief brief) {
        BriefWords w = words(brief);
        return Map.of("brief", brief, "w", w, "chart", BriefChart.svg(brief.balance(), w), "css", css(brief, w));
    }

    /** The whole document as XHTML, as the PDF lays it out. */
    public String html(Brief brief) {
        Context context = new Context(brief.request().language().locale(), model(brief));
        return templates.process("briefs/document", context);
    }

    public byte[] pdf(Brief brief) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> BriefDocuments.class.getResourceAsStream(FONT_REGULAR), "DejaVu Sans", 400,
                    com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> BriefDocuments.class.getResourceAsStream(FONT_BOLD), "DejaVu Sans", 700,
                    com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(html(brief), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] xlsx(Brief brief) {
        List<BriefTables.Named> tables = BriefTables.forSpreadsheet(brief, words(brief));
        return Table.xlsx(tables.stream().map(BriefTables.Named::table).toList(), tables.stream().map(BriefTables.Named::sheet).toList());
    }

    public byte[] docx(Brief brief) {
        return BriefDocx.of(brief, words(brief));
    }

    /**
     * A4 with page numbers; on a brief from synthetic data every page's head says so. The fonts are named so the PDF
     * embeds them, in the page margins too (which do not inherit the body's): the reader's viewer need not have a font
     * with Vietnamese letters.
     */
    private static String css(Brief brief, BriefWords w) {
        String synthetic = brief.synthetic() ? "@top-center { content: \"" + w.t("brief.synthetic").replace("\"", "'")
                + "\"; font-family: 'DejaVu Sans'; color: #8a4b00; font-size: 8pt; }" : "";
        return "@page { size: A4; margin: 20mm 16mm 20mm 16mm; " + synthetic
                + " @bottom-center { content: \"" + w.t("brief.page") + " \" counter(page) \" " + w.t("brief.of") + " \" counter(pages);"
                + " font-family: 'DejaVu Sans'; font-size: 8pt; color: #555; } }\n"
                + "body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #1b1b1b; line-height: 1.35; }\n"
                + ".brief h1 { font-size: 16pt; margin: 4mm 0 2mm; color: #1f3b5a; }\n"
                + ".brief h2 { font-size: 13pt; color: #1f3b5a; border-bottom: 1px solid #c9d3de; padding-bottom: 1mm; margin-top: 6mm; }\n"
                + ".brief h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm; }\n"
                + ".brief table { border-collapse: collapse; width: 100%; margin: 2mm 0 3mm; font-size: 8.5pt; }\n"
                + ".brief th, .brief td { border: 1px solid #d5dbe1; padding: 1.2mm 1.6mm; vertical-align: top; text-align: left; }\n"
                + ".brief th { background: #eef2f6; }\n"
                + ".brief td.n { text-align: right; white-space: nowrap; }\n"
                + ".brief caption { text-align: left; font-weight: bold; padding-bottom: 1mm; }\n"
                + ".brief .cover { page-break-after: always; padding-top: 40mm; }\n"
                + ".brief .cover .pair { font-size: 28pt; font-weight: bold; color: #1f3b5a; margin: 0; }\n"
                + ".brief .subtitle { font-size: 12pt; color: #444; }\n"
                + ".brief .muted, .brief .caption { color: #555; font-size: 8.5pt; }\n"
                + ".brief .missing { color: #555; font-style: italic; }\n"
                + ".brief .ref { color: #1f4e79; font-size: 8pt; }\n"
                + ".brief .synthetic-mark { display: none; }\n"
                + ".brief .synthetic-note { border: 1px solid #e0b252; background: #fff6e0; padding: 2mm; }\n"
                + ".brief .headline { margin: 1mm 0; }\n"
                + ".brief .engagement { margin-bottom: 2mm; page-break-inside: avoid; }\n"
                + ".brief .engagement .line { margin: 0.5mm 0 0 4mm; color: #333; }\n"
                + ".brief .chart { margin: 3mm 0 0; }\n";
    }
}
