package org.bilateral.identity.web;

import org.bilateral.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bilateral.identity.LoginGuard;
import org.bilateral.identity.Role;
import org.bilateral.identity.UserAccounts;
import org.bilateral.doors.Notices;
import org.bilateral.shared.Said;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrators' page of accounts: add one, change a role, unlock, reset a forgotten password. */
@Controller
class UsersPage {

    private final UserAccounts accounts;

    private final Notices notices;
    private final LoginGuard guard;

    UsersPage(UserAccounts accounts, LoginGuard guard, Notices notices) {

        this.notices = notices;
        this.accounts = accounts;
        this.guard = guard;
    }

    /** One account as listed: its lock, if any, beside it. */
    record Row(String username, Role role, boolean mustChangePassword, @Nullable Instant lockedUntil) {
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        Map<String, Instant> locks = guard.locked().stream()
                .collect(Collectors.toMap(LoginGuard.Locked::username, LoginGuard.Locked::until));
        List<Row> rows = accounts.all().stream()
                .map(a -> new Row(a.username(), a.role(), a.mustChangePassword(), locks.get(a.username()))).toList();
        model.addAttribute("users", rows);
        model.addAttribute("roles", Role.values());
        return "identity/users";
    }

    @PostMapping("/admin/users")
    String add(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String role, Model model) {
        String password = accounts.createWithGeneratedPassword(username.strip(), Role.parse(role));
        model.addAttribute("password", new Shown(username.strip(), password));
        return users(model);
    }

    @PostMapping("/admin/users/{username}/role")
    String role(@PathVariable String username, @RequestParam String role, Authentication me, Model model) {
        Role parsed = Role.parse(role);
        if (username.equals(me.getName()) && parsed != Role.ADMIN) {
            throw new InvalidInput("role", Said.of("refusal.identity.ownAdmin"));
        }
        accounts.changeRole(username, parsed);
        model.addAttribute("notice", notices.say("notice.roleChanged", username, notices.say("role." + parsed.label())));
        return users(model);
    }

    @PostMapping("/admin/users/{username}/unlock")
    String unlock(@PathVariable String username, Model model) {
        boolean had = guard.unlock(username);
        model.addAttribute("notice", notices.say(had ? "notice.unlocked" : "notice.noFailedLogins", username));
        return users(model);
    }

    @PostMapping("/admin/users/{username}/password")
    String reset(@PathVariable String username, Model model) {
        model.addAttribute("password", new Shown(username, accounts.resetPassword(username)));
        return users(model);
    }

    /** A generated password, shown once to the administrator to pass on. */
    record Shown(String username, String password) {
    }
}
