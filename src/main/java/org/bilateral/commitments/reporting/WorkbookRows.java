package org.bilateral.commitments.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Limits;
import org.bilateral.shared.Said;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import org.jspecify.annotations.Nullable;

/**
 * Reads the rows of named sheets of an XLSX file as a stream of XML, never as a workbook in memory: a row limit, a cell
 * limit and a limit on the workbook's shared text bound what one upload can cost, however the file was made or inflated.
 * Cells keep their values exactly as stored: numbers as their digits (no rounding through a double), text as written,
 * formulas as the value the spreadsheet last computed (a formula is never evaluated here, so external references and
 * deep nesting cost nothing).
 */
final class WorkbookRows {

    /** Rows read from one sheet at most: a template holds one row per deal and a few hundred forecasts. */
    static final int MOST_ROWS = 5_000;
    /** Rows and cells a sheet may hold, empty ones included: an inflated file of empty rows is refused, not read for minutes. */
    static final int MOST_ROWS_READ = 100_000;
    static final int MOST_CELLS_READ = 2_000_000;
    /** Characters of shared text a workbook may hold: far more than a filled template needs. */
    static final int MOST_SHARED_TEXT = 4_000_000;

    /** One cell: its value as stored, and whether the spreadsheet holds it as a number, text, a truth value or an error. */
    record Cell(String value, Kind kind) {
        enum Kind { NUMBER, TEXT, BOOLEAN, ERROR, UNCOMPUTED_FORMULA }

        /** A text cell longer than any field, kept only long enough to say so. */
        boolean tooLong() {
            return value.length() > Limits.LONGEST_TEXT;
        }
    }

    /** One row as a spreadsheet numbers it (from 1), with the first columns a template uses. */
    record Row(int number, Cell[] cells) {
        @Nullable Cell cell(int column) {
            return column < cells.length ? cells[column] : null;
        }

        /** Whether the cell holds nothing at all (a formula without a value is not nothing). */
        boolean blankAt(int column) {
            Cell c = cell(column);
            return c == null || c.value().isBlank() && c.kind() != Cell.Kind.UNCOMPUTED_FORMULA;
        }

        boolean blank() {
            return IntStream.range(0, cells.length).allMatch(this::blankAt);
        }
    }

    private WorkbookRows() {
    }

    /**
     * The rows of the sheets named, by sheet name; a sheet the workbook lacks is absent from the answer.
     *
     * @param columns how many columns of each row to keep
     */
    static Map<String, List<Row>> read(Path file, String fileName, Set<String> sheets, int columns) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            List<String> shared = sharedText(pkg, fileName);
            Map<String, List<Row>> rows = new HashMap<>();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream sheet = it.next()) {
                    String name = it.getSheetName();
                    if (sheets.contains(name) && !rows.containsKey(name)) {
                        SheetHandler handler = new SheetHandler(fileName, name, shared, columns);
                        parse(sheet, handler);
                        rows.put(name, handler.rows);
                    }
                }
            }
            return rows;
        } catch (org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException e) {
            throw new InvalidInput(fileName, Said.of("refusal.commitments.oldExcel"));
        } catch (InvalidFormatException | org.apache.poi.UnsupportedFileFormatException | org.apache.poi.EmptyFileException
                 | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            // POI's own words name the server's copy of the upload (its temporary path) and OOXML: the user is told what
            // the file is not and what to do, in the house's words.
            throw new InvalidInput(fileName, NOT_A_WORKBOOK);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | org.apache.poi.ooxml.POIXMLException | IllegalStateException e) {
            // POI says "Zip bomb detected", "Truncated ZIP file" and the like here: the file, not the server, is at fault.
            throw new InvalidInput(fileName, Said.of("refusal.commitments.unreadWorkbook", firstLine(e.getMessage(), file, fileName)));
        }
    }

    /** Said of a file that is no XLSX workbook at all (not a ZIP archive, empty, or not a workbook inside). */
    static final Said NOT_A_WORKBOOK = Said.of("refusal.commitments.notAWorkbook");

    /** The first line of a library's reason, with the server's copy of the upload called by the name it was sent with. */
    private static String firstLine(@Nullable String message, Path file, String fileName) {
        if (message == null) {
            return "it is damaged";
        }
        String line = message.lines().findFirst().orElse("")
                .replace(file.toAbsolutePath().toString(), fileName).replace(file.toString(), fileName);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static void parse(InputStream xml, DefaultHandler handler) throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(xml));
    }

    /** The workbook's shared strings, each kept up to one character past the longest field so that longer ones can be refused. */
    private static List<String> sharedText(OPCPackage pkg, String fileName)
            throws IOException, SAXException, ParserConfigurationException {
        List<String> strings = new ArrayList<>();
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return strings;
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            parse(in, new DefaultHandler() {
                private final StringBuilder text = new StringBuilder();
                private boolean inItem;
                private boolean inText;
                private boolean inPhonetic;
                private long total;

                @Override
                public void startElement(String uri, String local, String qName, Attributes attributes) {
                    switch (local) {
                        case "si" -> {
                            inItem = true;
                            text.setLength(0);
                        }
                        case "t" -> inText = inItem && !inPhonetic;
                        case "rPh" -> inPhonetic = true;
                        default -> {
                        }
                    }
                }

                @Override
                public void endElement(String uri, String local, String qName) {
                    switch (local) {
                        case "si" -> {
                            inItem = false;
                            strings.add(decoded(text));
                        }
                        case "t" -> inText = false;
                        case "rPh" -> inPhonetic = false;
                        default -> {
                        }
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (inText) {
                        total += length;
                        if (total > MOST_SHARED_TEXT) {
                            throw new InvalidInput(fileName, Said.of("refusal.commitments.tooMuchText", MOST_SHARED_TEXT));
                        }
                        keepEnoughToRefuse(text, ch, start, length);
                    }
                }
            });
        }
        return strings;
    }

    /** One character past the longest field is enough to refuse a text; the rest is never held. */
    private static void keepEnoughToRefuse(StringBuilder text, char[] ch, int start, int length) {
        text.append(ch, start, Math.max(0, Math.min(length, Limits.LONGEST_TEXT + 1 - text.length())));
    }

    private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /** Spreadsheets write characters XML cannot hold (NUL, other control characters) as _xHHHH_; this reads them back. */
    static String decoded(CharSequence text) {
        if (text.toString().indexOf("_x") < 0) {
            return text.toString();
        }
        return ESCAPED.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }

    /** Collects a sheet's rows; refuses the file once it holds more rows than any template. */
    private static final class SheetHandler extends DefaultHandler {
        private final String fileName;
        private final String sheet;
        private final List<String> shared;
        private final int columns;
        final List<Row> rows = new ArrayList<>();

        private Cell @Nullable [] cells;
        private int rowNumber;
        private int column = -1;
        private @Nullable String type;
        private final StringBuilder value = new StringBuilder();
        private boolean inValue;
        private boolean formula;
        private int rowsRead;
        private int cellsRead;

        SheetHandler(String fileName, String sheet, List<String> shared, int columns) {
            this.fileName = fileName;
            this.sheet = sheet;
            this.shared = shared;
            this.columns = columns;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) {
            switch (local) {
                case "row" -> {
                    if (++rowsRead > MOST_ROWS_READ) {
                        throw new InvalidInput(fileName, Said.of("refusal.commitments.tooManyRowsRead", sheet, MOST_ROWS_READ));
                    }
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : parseRowNumber(r);
                    cells = new Cell[columns];
                }
                case "c" -> {
                    if (++cellsRead > MOST_CELLS_READ) {
                        throw new InvalidInput(fileName, Said.of("refusal.commitments.tooManyCells", sheet, MOST_CELLS_READ));
                    }
                    String ref = attributes.getValue("r");
                    column = ref == null ? column + 1 : new CellReference(ref).getCol();
                    type = attributes.getValue("t");
                    value.setLength(0);
                    formula = false;
                }
                case "f" -> formula = true;
                case "v", "t" -> inValue = column >= 0 && column < columns;
                default -> {
                }
            }
        }

        private int parseRowNumber(String r) {
            try {
                return Integer.parseInt(r);
            } catch (NumberFormatException e) {
                throw new InvalidInput(fileName, Said.of("refusal.commitments.rowNumbered", sheet, Limits.shown(r)));
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                keepEnoughToRefuse(value, ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    if (column >= 0 && column < columns && cells != null) {
                        cells[column] = cell();
                    }
                }
                case "row" -> {
                    if (cells != null && !new Row(rowNumber, cells).blank()) {
                        if (rows.size() >= MOST_ROWS) {
                            throw new InvalidInput(fileName, Said.of("refusal.commitments.tooManyRows", sheet, MOST_ROWS));
                        }
                        rows.add(new Row(rowNumber, cells));
                    }
                    cells = null;
                    column = -1;
                }
                default -> {
                }
            }
        }

        private Cell cell() {
            String v = value.toString();
            if (formula && v.isEmpty()) {
                return new Cell("", Cell.Kind.UNCOMPUTED_FORMULA);
            }
            if (type == null || type.equals("n")) {
                return new Cell(v.strip(), Cell.Kind.NUMBER);
            }
            return switch (type) {
                case "s" -> {
                    int index;
                    try {
                        index = Integer.parseInt(v.strip());
                    } catch (NumberFormatException e) {
                        index = -1;
                    }
                    if (index < 0 || index >= shared.size()) {
                        throw new InvalidInput(fileName, Said.of("refusal.commitments.missingSharedText", sheet, String.valueOf(rowNumber)));
                    }
                    yield new Cell(shared.get(index), Cell.Kind.TEXT);
                }
                case "b" -> new Cell("1".equals(v.strip()) ? "TRUE" : "FALSE", Cell.Kind.BOOLEAN);
                case "e" -> new Cell(v.strip(), Cell.Kind.ERROR);
                default -> new Cell(decoded(value), Cell.Kind.TEXT); // "str" (a formula's text) and "inlineStr"
            };
        }
    }
}
