package org.bilateral.tradestats.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** On a page, a refused request shows its reason in the layout instead of an error page. */
@ControllerAdvice(assignableTypes = {BalancePage.class, ImportsPage.class})
class BadPageRequests {

    @ExceptionHandler({IllegalArgumentException.class, IllegalStateException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String refused(RuntimeException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "workbench/refused";
    }
}
