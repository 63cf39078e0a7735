package org.bilateral.tradestats.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A request the use cases refuse (unknown country, bad level) answers 400 with the reason, never a stack trace. */
@RestControllerAdvice(assignableTypes = StatisticsApi.class)
class BadRequests {

    @ExceptionHandler({IllegalArgumentException.class, IllegalStateException.class})
    ProblemDetail refused(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
