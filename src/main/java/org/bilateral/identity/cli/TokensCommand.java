package org.bilateral.identity.cli;

import org.bilateral.shared.InvalidInput;
import java.util.concurrent.Callable;
import org.bilateral.identity.ApiTokens;
import org.bilateral.identity.UserAccounts;
import org.bilateral.workbench.CliCommand;
import org.bilateral.shared.Said;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** API tokens from the command line: the same as the account page's. */
@Component
@Command(name = "tokens", description = "A user's API tokens for scripts on /api: list them, create one, revoke one.",
        subcommands = {TokensCommand.Create.class, TokensCommand.Revoke.class})
class TokensCommand implements Callable<Integer>, CliCommand {

    @Option(names = "--user", defaultValue = "admin", description = "whose tokens (default admin)")
    String user;

    private final ApiTokens tokens;

    TokensCommand(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Integer call() {
        System.out.println("(a token's last use is noted at most once a minute, and written by the server within seconds)");
        tokens.of(user).forEach(t -> System.out.printf("%-6d %-32s created %s, last used %s%n", t.id(), t.name(),
                t.createdAt(), t.lastUsedAt() == null ? "never" : t.lastUsedAt()));
        return 0;
    }

    @Component
    @Command(name = "create", description = "Create a token; it is printed once, and only its hash is kept.")
    static class Create implements Callable<Integer> {
        @Option(names = "--name", required = true, description = "what the token is for, e.g. nightly-import")
        String name;

        @Option(names = "--user", defaultValue = "admin", description = "the account it acts for (default admin)")
        String user;

        private final ApiTokens tokens;
        private final UserAccounts accounts;

        Create(ApiTokens tokens, UserAccounts accounts) {
            this.tokens = tokens;
            this.accounts = accounts;
        }

        @Override
        public Integer call() {
            if (accounts.find(user).isEmpty()) {
                throw new InvalidInput("--user", Said.of("refusal.identity.noUser", String.valueOf(user)));
            }
            ApiTokens.Created created = tokens.create(user, name);
            System.err.println("Token " + created.token().name() + " for " + user + " (shown only now; send it as "
                    + "Authorization: Bearer TOKEN):");
            System.out.println(created.secret());
            return 0;
        }
    }

    @Component
    @Command(name = "revoke", description = "Revoke a token by its number (see `tokens`).")
    static class Revoke implements Callable<Integer> {
        @Parameters(index = "0", description = "the token's number")
        long id;

        @Option(names = "--user", defaultValue = "admin", description = "whose token (default admin)")
        String user;

        private final ApiTokens tokens;

        Revoke(ApiTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public Integer call() {
            if (!tokens.revoke(user, id)) {
                throw new InvalidInput("token", Said.of("refusal.identity.noLiveToken", String.valueOf(user), String.valueOf(id)));
            }
            System.out.println("Revoked token " + id);
            return 0;
        }
    }
}
