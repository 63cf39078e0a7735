package org.bilateral.workbench;

import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.NotFound;
import org.bilateral.shared.StateConflict;
import org.bilateral.shared.Unavailable;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * A request the use cases refuse answers with the reason and nothing else: 400 (409 when someone decided first) with
 * a problem detail from the API, the reason in the layout on a page. Never a stack trace.
 */
final class Refusals {

    /** A form or call to an upload that carries no file. */
    static final String NOT_AN_UPLOAD = "no file was sent: choose one, or send it as multipart/form-data";

    private Refusals() {
    }

    @RestControllerAdvice(annotations = RestController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    static class Api {

        @ExceptionHandler({InvalidInput.class, IllegalArgumentException.class})
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

        @ExceptionHandler({InvalidInput.class, IllegalArgumentException.class})
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
}
