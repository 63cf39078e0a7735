package org.bilateral.doors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.StateConflict;
import org.bilateral.shared.Unavailable;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import org.jspecify.annotations.Nullable;

/**
 * A request the use cases refuse answers with the reason and nothing else: 400 (409 when someone decided first) with
 * a problem detail from the API, the reason in the layout on a page. Never a stack trace.
 */
final class Refusals {

    /** A form or call to an upload that carries no file. */
    static final String NOT_AN_UPLOAD = "no file was sent: choose one, or send it as multipart/form-data";

    private Refusals() {
    }

    /**
     * A request body the API could not read, said as the house says bad input: what is wrong and in which field, never
     * the JSON library's words (its class names, its "reference chain", its source excerpt).
     */
    static String unreadableBody(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return "the request body's field " + field(mismatch.getPath()) + " must hold " + kind(mismatch.getTargetType());
        }
        if (cause instanceof JacksonException json && json.getLocation() != null && json.getLocation().getLineNr() > 0) {
            return "the request body is not valid JSON (line " + json.getLocation().getLineNr() + ", column "
                    + json.getLocation().getColumnNr() + ")";
        }
        return "the request body could not be read: send JSON with Content-Type: application/json";
    }

    /** A field as a user wrote it: quantity, or deliveries[2].quantity (entries counted from 1, as people count). */
    private static String field(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference step : path) {
            if (step.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                field.append(field.isEmpty() ? "entry " : "").append('[').append(step.getIndex() + 1).append(']');
            }
        }
        return field.toString();
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return "a value of another kind";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == LocalDate.class) {
            return "a date written YYYY-MM-DD";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    /** {@code For input string: "abc"} is Java's; the user is told the text that is not a number. */
    static String notANumber(NumberFormatException e) {
        Matcher quoted = QUOTED.matcher(String.valueOf(e.getMessage()));
        return quoted.find() ? "\"" + quoted.group(1) + "\" is not a number" : "a number was expected, and this is not one";
    }

    private static final Pattern QUOTED = Pattern.compile("\"(.{0,80}?)\"");

    /** A file name the servlet container would not take (a part's headers hold at most 512 bytes, Tomcat's limit). */
    static final String NAME_TOO_LONG = "the file's name is too long for the server to take (a few hundred characters at most): "
            + "rename the file to a shorter name and send it again; nothing was stored";

    /** A file name with a NUL in it, which the servlet container refuses. */
    static final String NAME_WITH_NUL = "the file's name holds a NUL character: rename the file and send it again; nothing was stored";

    /** An upload past the container's own limits (spring.servlet.multipart.max-file-size and max-request-size). */
    static final String UPLOAD_TOO_LARGE = "the upload is larger than the server takes (spring.servlet.multipart.max-file-size a file, "
            + "max-request-size a request): nothing was stored";

    /** What went wrong with an upload the container could not take, and its status: a full disk is not a file never sent. */
    record UploadRefusal(HttpStatus status, String message) {
    }

    static UploadRefusal uploadRefused(Exception e) {
        if (Uploads.diskFull(e)) {
            return new UploadRefusal(HttpStatus.BAD_REQUEST, Uploads.DISK_FULL);
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // Tomcat's words, read by name rather than by its internal classes
            if (t.getClass().getSimpleName().equals("InvalidFileNameException")) {
                return new UploadRefusal(HttpStatus.BAD_REQUEST, NAME_WITH_NUL);
            }
            if (t.getMessage() != null && t.getMessage().contains("Header section has more than")) {
                return new UploadRefusal(HttpStatus.BAD_REQUEST, NAME_TOO_LONG);
            }
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return new UploadRefusal(HttpStatus.CONTENT_TOO_LARGE, UPLOAD_TOO_LARGE);
        }
        return new UploadRefusal(HttpStatus.BAD_REQUEST, NOT_AN_UPLOAD);
    }

    @RestControllerAdvice(annotations = RestController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    static class Api {

        @ExceptionHandler(InvalidInput.class)
        ProblemDetail refused(RuntimeException e) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        }

        /** Someone decided first: 409, saying what was decided (the most specific handler wins over InvalidInput's). */
        @ExceptionHandler(StateConflict.class)
        ProblemDetail conflict(StateConflict e) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        }

        @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
        ProblemDetail notAnUpload(Exception e) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, NOT_AN_UPLOAD);
        }

        @ExceptionHandler(HttpMessageNotReadableException.class)
        ProblemDetail unreadable(HttpMessageNotReadableException e) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, unreadableBody(e));
        }

        @ExceptionHandler(NumberFormatException.class)
        ProblemDetail notANumber(NumberFormatException e) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, Refusals.notANumber(e));
        }

        @ExceptionHandler(NotFound.class)
        ProblemDetail notFound(NotFound e) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        }

        @ExceptionHandler(Unavailable.class)
        ResponseEntity<ProblemDetail> unavailable(Unavailable e) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60")
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
        }
    }

    @ControllerAdvice
    @Order(Ordered.LOWEST_PRECEDENCE - 10)
    static class Pages {

        @ExceptionHandler(InvalidInput.class)
        @ResponseStatus(HttpStatus.BAD_REQUEST)
        String refused(RuntimeException e, Model model) {
            model.addAttribute("message", e.getMessage());
            return "workbench/refused";
        }

        @ExceptionHandler(StateConflict.class)
        @ResponseStatus(HttpStatus.CONFLICT)
        String conflict(StateConflict e, Model model) {
            model.addAttribute("message", e.getMessage());
            return "workbench/refused";
        }

        @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
        @ResponseStatus(HttpStatus.BAD_REQUEST)
        String notAnUpload(Exception e, Model model) {
            model.addAttribute("message", NOT_AN_UPLOAD);
            return "workbench/refused";
        }

        @ExceptionHandler(NumberFormatException.class)
        @ResponseStatus(HttpStatus.BAD_REQUEST)
        String notANumber(NumberFormatException e, Model model) {
            model.addAttribute("message", Refusals.notANumber(e));
            return "workbench/refused";
        }

        private final MessageSource messages;

        Pages(MessageSource messages) {
            this.messages = messages;
        }

        /** Said in the page's language: what was asked for, by the number or code it was asked by. */
        @ExceptionHandler(NotFound.class)
        @ResponseStatus(HttpStatus.NOT_FOUND)
        String notFound(NotFound e, Model model, Locale locale) {
            model.addAttribute("headingKey", "error.notFound");
            model.addAttribute("message", messages.getMessage(e.thing().messageKey(), e.keys(), e.getMessage(), locale));
            return "workbench/refused";
        }

        @ExceptionHandler(Unavailable.class)
        @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
        String unavailable(Unavailable e, Model model) {
            model.addAttribute("headingKey", "refused.notYet");
            model.addAttribute("message", e.getMessage());
            return "workbench/refused";
        }
    }

    /**
     * Uploads the servlet container could not take apart, for pages and API alike. They fail before any controller is
     * chosen, so neither the API's advice (its controllers') nor Spring's problem details (which would call a file name
     * too long "Maximum upload size exceeded") may answer them: this advice comes before both.
     */
    @ControllerAdvice
    @Order(Ordered.HIGHEST_PRECEDENCE + 5)
    static class Parts {

        /** An API client is answered in the API's problem detail, a page in the layout. */
        @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
        @Nullable ModelAndView notAnUpload(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
            UploadRefusal refusal = uploadRefused(e);
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.startsWith("/api/")) {
                ProblemResponse.write(response, refusal.status().value(), refusal.status().getReasonPhrase(), refusal.message());
                return null;
            }
            ModelAndView page = new ModelAndView("workbench/refused");
            page.addObject("message", refusal.message());
            page.setStatus(refusal.status());
            return page;
        }
    }
}
