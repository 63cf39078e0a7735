package org.bilateral.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a user name and password, the same for the login form and for HTTP Basic: first whether the account or the
 * address must wait or is locked ({@link LoginGuard}), then the password; every wrong one is counted.
 */
final class GuardedLogin implements AuthenticationProvider {

    /** A login refused before its password is checked, with the reason said to the user. */
    static final class Refused extends LockedException {
        private final transient LoginGuard.Refusal refusal;

        Refused(LoginGuard.Refusal refusal) {
            super(refusal.message());
            this.refusal = refusal;
        }

        LoginGuard.Refusal refusal() {
            return refusal;
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final LoginGuard guard;

    GuardedLogin(UserAccounts accounts, PasswordEncoder encoder, LoginGuard guard) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.guard = guard;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        var refusal = guard.check(username, address);
        if (refusal.isPresent()) {
            throw new Refused(refusal.get());
        }
        Authentication authenticated;
        try {
            authenticated = passwords.authenticate(attempt);
        } catch (BadCredentialsException e) {
            guard.failed(username, address);
            throw e;
        }
        guard.succeeded(username);
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }
}
