package org.bilateral.identity.web;

import org.bilateral.identity.ApiTokens;
import org.bilateral.identity.UserAccounts;
import org.bilateral.shared.InvalidInput;
import org.bilateral.doors.Notices;
import org.bilateral.shared.Said;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** One's own account: change the password (the first, generated one must be), and the API tokens of one's scripts. */
@Controller
class AccountPages {

    private static final HttpSessionSecurityContextRepository SESSIONS = new HttpSessionSecurityContextRepository();

    private final UserAccounts accounts;

    private final Notices notices;
    private final ApiTokens tokens;

    AccountPages(UserAccounts accounts, ApiTokens tokens, Notices notices) {

        this.notices = notices;
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping("/account/password")
    String password(Authentication user, Model model) {
        model.addAttribute("mustChange", accounts.mustChangePassword(user.getName()));
        model.addAttribute("rule", UserAccounts.PASSWORD_RULE);
        model.addAttribute("tokens", tokens.of(user.getName()));
        return "identity/account";
    }

    @PostMapping("/account/password")
    String changePassword(Authentication user, @RequestParam(defaultValue = "") String current,
                          @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String repeated,
                          Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!accounts.isPassword(user.getName(), current)) {
            throw new InvalidInput(Said.of("refusal.where.currentPassword"), Said.of("refusal.identity.notYourPassword"));
        }
        if (!password.equals(repeated)) {
            throw new InvalidInput(Said.of("refusal.where.newPassword"), Said.of("refusal.identity.passwordsDiffer"));
        }
        accounts.changePassword(user.getName(), password);
        // The change ends every session of the account but this one, which goes on under a new session id.
        Authentication renewed = accounts.renewed(user);
        if (renewed != null) {
            request.changeSessionId();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(renewed);
            SecurityContextHolder.setContext(context);
            SESSIONS.saveContext(context, request, response);
        }
        model.addAttribute("notice", notices.say("notice.passwordChanged"));
        return password(renewed == null ? user : renewed, model);
    }

    @PostMapping("/account/tokens")
    String createToken(Authentication user, @RequestParam(defaultValue = "") String name, Model model) {
        ApiTokens.Created created = tokens.create(user.getName(), name);
        model.addAttribute("created", created);
        return password(user, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(Authentication user, @PathVariable long id, Model model) {
        if (!tokens.revoke(user.getName(), id)) {
            throw new InvalidInput(Said.of("refusal.where.token", String.valueOf(id)), Said.of("refusal.identity.noSuchToken"));
        }
        model.addAttribute("notice", notices.say("notice.tokenRevoked"));
        return password(user, model);
    }
}
