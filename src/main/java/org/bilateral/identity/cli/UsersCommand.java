package org.bilateral.identity.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.bilateral.identity.LoginGuard;
import org.bilateral.identity.Role;
import org.bilateral.identity.UserAccounts;
import org.bilateral.workbench.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Component
@Command(name = "users", description = "List accounts, add one, change a password or a role, unlock one.",
        subcommands = {UsersCommand.Add.class, UsersCommand.Password.class, UsersCommand.ChangeRole.class,
            UsersCommand.Unlock.class})
class UsersCommand implements Callable<Integer>, CliCommand {

    private final UserAccounts accounts;

    UsersCommand(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Integer call() {
        accounts.all().forEach(a -> System.out.printf("%-24s %-9s%s%n", a.username(), a.role().label(),
                a.mustChangePassword() ? " password to be changed at the next login" : ""));
        return 0;
    }

    /** Reads a password from the console without echo, or from the first line of standard input. */
    static String readPassword(String prompt) throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] chars = console.readPassword(prompt);
            return chars == null ? "" : new String(chars);
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? "" : line.strip();
    }

    @Component
    @Command(name = "add", description = "Add an account; the password is read from the terminal or standard input.")
    static class Add implements Callable<Integer> {
        @Parameters(index = "0", description = "user name")
        String username;

        @Option(names = "--role", defaultValue = "analyst", description = "admin, analyst, viewer or reporter (default analyst)")
        String role;

        private final UserAccounts accounts;

        Add(UserAccounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public Integer call() throws IOException {
            Role parsed = Role.parse(role);
            accounts.create(username, readPassword("Password for " + username + ": "), parsed);
            System.out.println("Added " + username + " (" + parsed.name().toLowerCase() + ")");
            return 0;
        }
    }

    @Component
    @Command(name = "password", description = "Change an account's password (read from the terminal or standard input).")
    static class Password implements Callable<Integer> {
        @Parameters(index = "0", description = "user name")
        String username;

        private final UserAccounts accounts;

        Password(UserAccounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public Integer call() throws IOException {
            accounts.changePassword(username, readPassword("New password for " + username + ": "));
            System.out.println("Changed the password of " + username);
            return 0;
        }
    }

    @Component
    @Command(name = "role", description = "Change an account's role: admin, analyst, viewer or reporter.")
    static class ChangeRole implements Callable<Integer> {
        @Parameters(index = "0", description = "user name")
        String username;

        @Parameters(index = "1", description = "admin, analyst, viewer or reporter")
        String role;

        private final UserAccounts accounts;

        ChangeRole(UserAccounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public Integer call() {
            Role parsed = Role.parse(role);
            accounts.changeRole(username, parsed);
            System.out.println(username + " is now " + parsed.label());
            return 0;
        }
    }

    @Component
    @Command(name = "unlock", description = "Lift the lock that failed logins put on an account, and forget them.")
    static class Unlock implements Callable<Integer> {
        @Parameters(index = "0", description = "user name")
        String username;

        private final LoginGuard guard;

        Unlock(LoginGuard guard) {
            this.guard = guard;
        }

        @Override
        public Integer call() {
            System.out.println(guard.unlock(username) ? "Unlocked " + username : username + " had no failed logins to forget");
            return 0;
        }
    }
}
