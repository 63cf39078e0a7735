package org.bilateral.briefs.render;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import org.bilateral.briefs.Brief;
import org.bilateral.briefs.BriefRenderer;
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
public class BriefDocuments implements BriefRenderer {

    static final String FONT_REGULAR = "/org/bilateral/briefs/fonts/DejaVuSans.ttf";
    static final String FONT_BOLD = "/org/bilateral/briefs/fonts/DejaVuSans-Bold.ttf";

    static final String CSS = "/templates/briefs/brief.css";

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final String css;

    BriefDocuments(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
        this.css = css();
    }

    public BriefWords words(Brief brief) {
        return new BriefWords(messages, brief.request().language().locale());
    }

    /** What the template needs: the brief, its words, its chart and its print style. */
    /** The words of a page in its language, as the Briefs page names the pairs of the briefs made. */
    public BriefWords words(java.util.Locale page) {
        return new BriefWords(messages, page);
    }

    public record View(Brief brief, BriefWords w, String chart, String css) {

        /** Gives each to the page's model or the template's context by the name the template uses. */
        public void into(BiConsumer<String, Object> attribute) {
            attribute.accept("brief", brief);
            attribute.accept("w", w);
            attribute.accept("chart", chart);
            attribute.accept("css", css);
        }
    }

    public View view(Brief brief) {
        BriefWords w = words(brief);
        return new View(brief, w, BriefChart.svg(brief.balance(), w), css);
    }

    /** The whole document as XHTML, as the PDF lays it out. */
    @Override
    public String html(Brief brief) {
        Context context = new Context(brief.request().language().locale());
        view(brief).into(context::setVariable);
        return templates.process("briefs/document", context);
    }

    @Override
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

    @Override
    public byte[] xlsx(Brief brief) {
        List<BriefTable> tables = BriefTables.forSpreadsheet(brief, words(brief));
        return Table.xlsx(tables.stream().map(BriefTable::forWorkbook).toList(), tables.stream().map(BriefTable::sheet).toList());
    }

    @Override
    public byte[] docx(Brief brief) {
        return BriefDocx.of(brief, words(brief));
    }

    /** The print style, read once: the same for every brief (the page margins' words are the template's). */
    private static String css() {
        try (InputStream in = BriefDocuments.class.getResourceAsStream(CSS)) {
            if (in == null) {
                throw new IllegalStateException("the brief's print style " + CSS + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
