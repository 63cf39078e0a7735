package org.bilateral.identity.web;

import org.bilateral.identity.*;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    /** The login form; after a refused attempt, why (the wait or the lock), said once. */
    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object refusal = session.getAttribute(LoginGuard.REFUSAL);
        if (refusal != null) {
            session.removeAttribute(LoginGuard.REFUSAL);
            model.addAttribute("refusal", refusal);
        }
        return "identity/login";
    }
}
