package org.bilateral.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An API read (GET or HEAD) is answered in one read-only transaction, from the account's standing to the last statement
 * of its use case, which joins it: one BEGIN READ ONLY and one COMMIT an answer; and a read cannot write, whatever a use
 * case's own annotation says (PostgreSQL refuses the write). It begins after the logins: a password's success or failure
 * is written in a transaction of its own, and an API token is found in memory ({@link ApiTokenCache}), read in a
 * read-only transaction of its own only when this process does not hold it yet.
 */
final class ApiReads extends OncePerRequestFilter {

    private final TransactionTemplate readOnly;

    ApiReads(PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        try {
            readOnly.executeWithoutResult(status -> {
                // Ended by a rollback, never a commit: a read has nothing to commit, and a use case that refused (not
                // found, bad input) has marked the transaction it joined for rollback, which a commit would report as
                // an unexpected rollback after the refusal was answered.
                status.setRollbackOnly();
                try {
                    chain.doFilter(request, response);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (ServletException e) {
                    throw new Wrapped(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (Wrapped e) {
            throw e.servlet;
        }
    }

    /** A ServletException carried out of the transaction's callback, which may throw only unchecked ones. */
    private static final class Wrapped extends RuntimeException {
        final ServletException servlet;

        Wrapped(ServletException servlet) {
            super(servlet);
            this.servlet = servlet;
        }
    }
}
