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
import org.bilateral.shared.Said;
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
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import org.jspecify.annotations.Nullable;

/**
 * A request the use cases refuse answers with the reason and nothing else: 400 (409 when someone decided first) with
 * a problem detail from the API, the reason in the layout on a page. Never a stack trace.
 */
final class Refusals {

    /** A form or call to an upload that carries no file. */
    static final Said NOT_AN_UPLOAD = Said.of("refusal.doors.notAnUpload");

    private Refusals() {
    }

    /**
     * A request body the API could not read, said as the house says bad input: what is wrong and in which field, never
     * the JSON library's words (its class names, its "reference chain", its source excerpt).
     */
    static Said unreadableBody(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return Said.of("refusal.doors.bodyField", field(mismatch.getPath()), kind(mismatch.getTargetType()));
        }
        if (cause instanceof JacksonException json && json.getLocation() != null && json.getLocation().getLineNr() > 0) {
            return Said.of("refusal.doors.bodyNotJson", String.valueOf(json.getLocation().getLineNr()),
                    String.valueOf(json.getLocation().getColumnNr()));
        }
        return Said.of("refusal.doors.bodyUnread");
    }

    /** A field as a user wrote it: quantity, or deliveries[2].quantity (entries counted from 1, as people count). */
    private static Said field(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        boolean entry = false;
        for (JacksonException.Reference step : path) {
            if (step.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                entry |= field.isEmpty();
                field.append('[').append(step.getIndex() + 1).append(']');
            }
        }
        // "entry [2].quantity": the word is ours, the path the request's own
        return entry ? Said.of("refusal.doors.bodyEntry", field.toString()) : Said.asWritten(field.toString());
    }

    private static Said kind(Class<?> type) {
        if (type == null) {
            return Said.of("refusal.doors.kind.other");
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return Said.of("refusal.doors.kind.number");
        }
        if (type == LocalDate.class) {
            return Said.of("refusal.doors.kind.date");
        }
        if (type == Boolean.class || type == boolean.class) {
            return Said.of("refusal.doors.kind.boolean");
        }
        if (type == String.class) {
            return Said.of("refusal.doors.kind.text");
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return Said.of("refusal.doors.kind.list");
        }
        return Said.of("refusal.doors.kind.object");
    }

    /** {@code For input string: "abc"} is Java's; the user is told the text that is not a number. */
    static String notANumber(NumberFormatException e) {
        return notANumberSaid(e).english();
    }

    static Said notANumberSaid(NumberFormatException e) {
        Matcher quoted = QUOTED.matcher(String.valueOf(e.getMessage()));
        return quoted.find() ? Said.of("refusal.doors.notANumber", quoted.group(1)) : Said.of("refusal.doors.numberExpected");
    }

    private static final Pattern QUOTED = Pattern.compile("\"(.{0,80}?)\"");

    /** A file name the servlet container would not take (a part's headers hold at most 512 bytes, Tomcat's limit). */
    static final Said NAME_TOO_LONG = Said.of("refusal.doors.nameTooLong");

    /** A file name with a NUL in it, which the servlet container refuses. */
    static final Said NAME_WITH_NUL = Said.of("refusal.doors.nameWithNul");

    /** An upload past the container's own limits (spring.servlet.multipart.max-file-size and max-request-size). */
    static final Said UPLOAD_TOO_LARGE = Said.of("refusal.doors.uploadTooLarge");

    /** What went wrong with an upload the container could not take, and its status: a full disk is not a file never sent. */
    record UploadRefusal(HttpStatus status, Said message) {
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

        private final Sayings sayings;

        Api(MessageSource messages) {
            this.sayings = new Sayings(messages);
        }

        /** In the language the call asked for in Accept-Language, English unless Vietnamese. */
        @ExceptionHandler(InvalidInput.class)
        ProblemDetail refused(InvalidInput e, HttpServletRequest request) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, sayings.refusal(e, Sayings.asked(request)));
        }

        /** Someone decided first: 409, saying what was decided (the most specific handler wins over InvalidInput's). */
        @ExceptionHandler(StateConflict.class)
        ProblemDetail conflict(StateConflict e, HttpServletRequest request) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, sayings.refusal(e, Sayings.asked(request)));
        }

        @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
        ProblemDetail notAnUpload(Exception e, HttpServletRequest request) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, sayings.say(NOT_AN_UPLOAD, Sayings.asked(request)));
        }

        @ExceptionHandler(HttpMessageNotReadableException.class)
        ProblemDetail unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, sayings.say(unreadableBody(e), Sayings.asked(request)));
        }

        @ExceptionHandler(NumberFormatException.class)
        ProblemDetail notANumber(NumberFormatException e, HttpServletRequest request) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, sayings.say(notANumberSaid(e), Sayings.asked(request)));
        }

        /** The API's English is the sentence it always gave; another language says the page's sentence for the thing. */
        @ExceptionHandler(NotFound.class)
        ProblemDetail notFound(NotFound e, HttpServletRequest request) {
            Locale asked = Sayings.asked(request);
            return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, asked.getLanguage().equals("en") ? e.getMessage()
                    : sayings.say(Said.of(e.thing().messageKey(), e.keys()), asked));
        }

        @ExceptionHandler(Unavailable.class)
        ResponseEntity<ProblemDetail> unavailable(Unavailable e, HttpServletRequest request) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60")
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, sayings.say(e.said(), Sayings.asked(request))));
        }
    }

    @ControllerAdvice
    @Order(Ordered.LOWEST_PRECEDENCE - 10)
    static class Pages {

        private final MessageSource messages;
        private final Sayings sayings;

        Pages(MessageSource messages) {
            this.messages = messages;
            this.sayings = new Sayings(messages);
        }

        /** In the page's language (?lang, then its cookie), as every refusal on a page. */
        @ExceptionHandler(InvalidInput.class)
        @ResponseStatus(HttpStatus.BAD_REQUEST)
        String refused(InvalidInput e, Model model, Locale locale) {
            model.addAttribute("message", sayings.refusal(e, locale));
            return "workbench/refused";
        }

        @ExceptionHandler(StateConflict.class)
        @ResponseStatus(HttpStatus.CONFLICT)
        String conflict(StateConflict e, Model model, Locale locale) {
            model.addAttribute("message", sayings.refusal(e, locale));
            return "workbench/refused";
        }

        @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
        @ResponseStatus(HttpStatus.BAD_REQUEST)
        String notAnUpload(Exception e, Model model, Locale locale) {
            model.addAttribute("message", sayings.say(NOT_AN_UPLOAD, locale));
            return "workbench/refused";
        }

        @ExceptionHandler(NumberFormatException.class)
        @ResponseStatus(HttpStatus.BAD_REQUEST)
        String notANumber(NumberFormatException e, Model model, Locale locale) {
            model.addAttribute("message", sayings.say(notANumberSaid(e), locale));
            return "workbench/refused";
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
        String unavailable(Unavailable e, Model model, Locale locale) {
            model.addAttribute("headingKey", "refused.notYet");
            model.addAttribute("message", sayings.say(e.said(), locale));
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

        private final Sayings sayings;

        Parts(MessageSource messages) {
            this.sayings = new Sayings(messages);
        }

        /** An API client is answered in the API's problem detail, a page in the layout. */
        @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
        @Nullable ModelAndView notAnUpload(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
            UploadRefusal refusal = uploadRefused(e);
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.startsWith("/api/")) {
                ProblemResponse.write(response, refusal.status().value(), refusal.status().getReasonPhrase(),
                        sayings.say(refusal.message(), Sayings.asked(request)));
                return null;
            }
            ModelAndView page = new ModelAndView("workbench/refused");
            page.addObject("message", sayings.say(refusal.message(), RequestContextUtils.getLocale(request)));
            page.setStatus(refusal.status());
            return page;
        }
    }
}
