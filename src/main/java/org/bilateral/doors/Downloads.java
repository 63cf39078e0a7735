package org.bilateral.doors;

import java.nio.charset.StandardCharsets;
import org.bilateral.shared.Table;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/** A file the browser saves rather than shows: every page's CSV and XLSX downloads answer through here. */
public final class Downloads {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    /** A table as {@code name.csv} or {@code name.xlsx}, by {@code type}, its headings in the page's language. */
    public static ResponseEntity<byte[]> of(Table table, String name, String type) {
        table = inPageLanguage(table);
        boolean csv = type.equals("csv");
        return attachment(name + "." + type, csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX,
                csv ? table.csv() : table.xlsx());
    }

    /** A workbook already written, such as the reporting template. */
    public static ResponseEntity<byte[]> xlsx(String fileName, byte[] workbook) {
        return attachment(fileName, XLSX, workbook);
    }

    /** A document already written (a brief as PDF or DOCX), by its media type. */
    public static ResponseEntity<byte[]> file(String fileName, String mediaType, byte[] body) {
        return attachment(fileName, MediaType.parseMediaType(mediaType), body);
    }

    /**
     * The table as the page that asks for it names its headings ({@link Columns#inPageLanguage}): the page's Columns
     * found through the request, as every download is one; outside a request, the table as it is.
     */
    private static Table inPageLanguage(Table table) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
            return table;
        }
        WebApplicationContext context = RequestContextUtils.findWebApplicationContext(request.getRequest());
        return context == null ? table : context.getBean(Columns.class).inPageLanguage(table);
    }

    private static ResponseEntity<byte[]> attachment(String fileName, MediaType type, byte[] body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .contentType(type).body(body);
    }
}
