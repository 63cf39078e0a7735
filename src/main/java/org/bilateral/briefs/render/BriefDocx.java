package org.bilateral.briefs.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.bilateral.briefs.Brief;
import org.bilateral.briefs.BriefSection;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;

/**
 * A brief as a Word document, for the ministry to edit: A4, a cover, the sections' lines and tables in the brief's
 * language, the monthly chart as a native (vector, editable) Word chart, page numbers in the footer, and on a brief from
 * synthetic data a header on every page saying so.
 */
final class BriefDocx {

    private static final String FONT = "DejaVu Sans";

    private BriefDocx() {
    }

    static byte[] of(Brief brief, BriefWords w) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc, brief, w);
            cover(doc, brief, w);
            Brief.Changes c = brief.changes();
            if (c != null) {
                heading(doc, w.t("brief.changes"));
                run(doc.createParagraph(), w.previous(c), false, 10);
                if (!w.balanceChange(c).isEmpty()) {
                    run(doc.createParagraph(), w.balanceChange(c), false, 10);
                }
                w.changeLines(c).forEach(line -> run(doc.createParagraph(), line, false, 10));
            }
            sections(doc, brief, w);
            heading(doc, w.t("brief.sources"));
            for (Brief.Source s : brief.sources()) {
                run(doc.createParagraph(), "[" + s.number() + "] " + w.sourceLabel(s) + " (" + w.t("brief.source." + s.kind().name())
                        + (s.detail().isEmpty() ? "" : ", " + w.sourceDetail(s)) + ")" + (s.synthetic() ? " " + w.t("brief.sourceSynthetic") : ""),
                        false, 9);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("the brief could not be written as DOCX: " + e.getMessage(), e);
        }
    }

    /** A4, page numbers in the footer, and on a brief from synthetic data a header on every page saying so. */
    private static void page(XWPFDocument doc, Brief brief, BriefWords w) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        section.addNewPgSz().setW(BigInteger.valueOf(11906));
        section.getPgSz().setH(BigInteger.valueOf(16838));
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(doc, section);
        if (brief.synthetic()) {
            XWPFHeader header = policy.createHeader(STHdrFtr.DEFAULT);
            run(header.createParagraph(), w.t("brief.synthetic"), false, 8);
        }
        XWPFFooter footer = policy.createFooter(STHdrFtr.DEFAULT);
        XWPFParagraph pages = footer.createParagraph();
        pages.setAlignment(ParagraphAlignment.CENTER);
        run(pages, w.t("brief.page") + " ", false, 8);
        pages.getCTP().addNewFldSimple().setInstr("PAGE");
        run(pages, " " + w.t("brief.of") + " ", false, 8);
        pages.getCTP().addNewFldSimple().setInstr("NUMPAGES");
    }

    private static void cover(XWPFDocument doc, Brief brief, BriefWords w) {
        var r = brief.request();
        run(doc.createParagraph(), w.pair(r), true, 28);
        run(doc.createParagraph(), w.title(r), true, 18);
        run(doc.createParagraph(), w.t("brief.subtitle"), false, 12);
        run(doc.createParagraph(), w.prepared(brief), false, 10);
        run(doc.createParagraph(), w.t("brief.covers", w.date(r.since())), false, 10);
        if (brief.synthetic()) {
            run(doc.createParagraph(), w.t("brief.synthetic"), true, 10);
        }
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    /** Each section chosen: its heading, its sentences, the balance's chart, and its tables. */
    private static void sections(XWPFDocument doc, Brief brief, BriefWords w) throws IOException,
            org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        List<BriefTable> tables = BriefTables.forDocument(brief, w);
        for (BriefSection s : brief.request().sections()) {
            heading(doc, w.t("section." + s.code()));
            for (String line : SectionLines.of(brief, s, w)) {
                run(doc.createParagraph(), line, false, 10);
            }
            Brief.Hill hill = brief.hill();
            if (s == BriefSection.HILL && hill != null) {
                for (Brief.Legislator l : hill.legislators()) {
                    XWPFParagraph p = doc.createParagraph();
                    run(p, w.hill().heading(l) + ". ", true, 10);
                    run(p, w.hill().paragraph(hill, l), false, 10);
                }
            }
            Brief.Balance balance = brief.balance();
            if (s == BriefSection.BALANCE && balance != null && balance.missing() == null) {
                chart(doc, balance, w);
            }
            tables.stream().filter(t -> t.part().equals(s.code())).forEach(t -> table(doc, t));
        }
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(240);
        run(p, text, true, 14);
    }

    private static void run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(FONT);
    }

    private static void table(XWPFDocument doc, BriefTable t) {
        if (t.rows().isEmpty()) {
            return;
        }
        run(doc.createParagraph(), t.title(), true, 10);
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.header().size());
        table.setWidth("100%");
        fill(table.getRow(0), t.header(), true);
        for (int i = 0; i < t.rows().size(); i++) {
            fill(table.getRow(i + 1), t.rows().get(i).cells().stream().map(BriefTable.Cell::text).toList(), false);
        }
    }

    private static void fill(XWPFTableRow row, List<String> texts, boolean bold) {
        for (int i = 0; i < texts.size(); i++) {
            XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
            run(p, texts.get(i), bold, 8);
        }
    }

    /** The months as a native line chart: Word draws it as a vector and lets the reader edit it. */
    private static void chart(XWPFDocument doc, Brief.Balance b, BriefWords w) throws IOException,
            org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        if (b.months().size() < 2) {
            return;
        }
        XWPFChart chart = doc.createChart(16 * Units.EMU_PER_CENTIMETER, 7 * Units.EMU_PER_CENTIMETER);
        chart.setTitleText(w.t("brief.balance.chart", w.country(b.productsReporter())));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis months = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        String[] labels = b.months().stream().map(m -> m.month().toString()).toArray(String[]::new);
        Double[] exports = b.months().stream().map(m -> millions(m.exports())).toArray(Double[]::new);
        Double[] imports = b.months().stream().map(m -> millions(m.imports())).toArray(Double[]::new);
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(labels);
        XDDFNumericalDataSource<Double> x = XDDFDataSourcesFactory.fromArray(exports);
        XDDFNumericalDataSource<Double> m = XDDFDataSourcesFactory.fromArray(imports);
        XDDFChartData data = chart.createData(ChartTypes.LINE, months, values);
        data.addSeries(categories, x).setTitle(w.t("brief.balance.chartExports") + " " + w.t("brief.balance.chartUnit"), null);
        data.addSeries(categories, m).setTitle(w.t("brief.balance.chartImports") + " " + w.t("brief.balance.chartUnit"), null);
        chart.plot(data);
    }

    private static @Nullable Double millions(@Nullable BigDecimal v) {
        return v == null ? null : v.doubleValue() / 1e6;
    }
}
