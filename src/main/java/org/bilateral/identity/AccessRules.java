package org.bilateral.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may reach each route, in one list read top to bottom: the first rule whose pattern matches decides.
 * A route no rule names is refused to everyone, and {@code AccessMatrixTest} walks every route the application maps
 * against every role and fails on one that no rule names, so a new page cannot be reachable by accident.
 */
final class AccessRules {

    /** Reading methods: a viewer may use these and no others. */
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    /** The ministry reads the whole record; viewers among it only read. */
    static final Set<Role> MINISTRY = EnumSet.of(Role.ADMIN, Role.ANALYST, Role.VIEWER);
    static final Set<Role> EDITORS = EnumSet.of(Role.ADMIN, Role.ANALYST);
    static final Set<Role> ADMINISTRATORS = EnumSet.of(Role.ADMIN);

    /** One rule: the paths it covers, who may read them (GET, HEAD, OPTIONS) and who may do anything else; or open to all. */
    record Rule(PathPattern pattern, boolean open, Set<Role> readers, Set<Role> writers) {

        private static final PathPatternParser PARSER = new PathPatternParser();

        Rule(String pattern, boolean open, Set<Role> readers, Set<Role> writers) {
            this(PARSER.parse(pattern), open, readers, writers);
        }

        boolean matches(String path) {
            return pattern.matches(PathContainer.parsePath(path));
        }

        /** Whether this request may pass: open, or its authentication holds a role the method needs. */
        boolean allows(String method, Authentication authentication) {
            if (open) {
                return true;
            }
            if (authentication == null || !authentication.isAuthenticated()) {
                return false;
            }
            Set<Role> roles = READING.contains(method) ? readers : writers;
            return authentication.getAuthorities().stream()
                    .anyMatch(a -> roles.stream().anyMatch(r -> a.getAuthority().equals("ROLE_" + r.name())));
        }
    }

    private static Rule open(String pattern) {
        return new Rule(pattern, true, Set.of(), Set.of());
    }

    /** The record: the ministry reads it, editors change it. */
    private static Rule record(String pattern) {
        return new Rule(pattern, false, MINISTRY, EDITORS);
    }

    private static Rule rule(String pattern, Set<Role> readers, Set<Role> writers) {
        return new Rule(pattern, false, readers, writers);
    }

    private static final Set<Role> REPORTING = EnumSet.of(Role.ADMIN, Role.ANALYST, Role.REPORTER);

    static final List<Rule> RULES = List.of(
            open("/login"), open("/webjars/**"), open("/css/**"), open("/js/**"), open("/favicon.svg"), open("/error"),
            // One's own account: every role changes its password and manages its own tokens.
            rule("/account/**", EVERYONE, EVERYONE),
            // Accounts, roles and who reports for which enterprise are the administrators'.
            rule("/admin/**", ADMINISTRATORS, ADMINISTRATORS),
            rule("/reporting/status/reporters", ADMINISTRATORS, ADMINISTRATORS),
            // Who has reported is the ministry's view; reporters see their enterprises' deals and nothing else.
            rule("/reporting/status", MINISTRY, ADMINISTRATORS),
            rule("/api/reporting/status", MINISTRY, ADMINISTRATORS),
            rule("/reporting/**", EVERYONE, REPORTING),
            rule("/api/reporting/**", EVERYONE, REPORTING),
            // Trade statistics.
            record("/"), record("/balance"), record("/balance.*"), record("/mirror"), record("/mirror.*"),
            record("/imports"), record("/api/balance"), record("/api/mirror"), record("/api/products"),
            record("/api/published"), record("/api/imports"), record("/api/editions"),
            // Press releases and the register read from them.
            record("/press-releases/**"), record("/proposals/**"), record("/api/extract"), record("/api/press-releases/**"),
            record("/api/proposals/**"), record("/engagements/**"), record("/people/**"), record("/organisations/**"),
            record("/merges/**"), record("/api/engagements/**"), record("/api/people/**"), record("/api/organisations/**"),
            record("/api/merges/**"), record("/issues"), record("/api/issues"),
            // The asks on the table.
            record("/asks"), record("/asks.*"), record("/asks/**"), record("/api/asks/**"),
            // What the asks are worth, a tariff what-if, the policy by date: read-only for everyone in the ministry.
            record("/stakes"), record("/stakes.*"), record("/tariffs/what-if"), record("/tariffs/what-if.*"), record("/timeline"),
            record("/timeline.*"), record("/api/stakes"), record("/api/tariffs/what-if"), record("/api/timeline"),
            // Risk signals: read-only screens of the statistics.
            record("/risk"), record("/risk.*"), record("/risk/**"), record("/api/risk/**"),
            // Briefs: the ministry reads them; analysts make them.
            record("/briefs"), record("/briefs/**"), record("/api/briefs"), record("/api/briefs/**"),
            // The search box looks through the whole record: the ministry's, not a reporter's.
            record("/search"), record("/api/search"),
            // Reference data is loaded from the command line; the page only shows it.
            record("/reference"),
            // Commitments.
            record("/deals/**"), record("/deals.csv"), record("/deals.xlsx"), record("/api/deals/**"), record("/targets/**"), record("/projection"),
            record("/projection.xlsx"), record("/api/targets/**"), record("/api/projection"));

    private AccessRules() {
    }

    /** The rule that decides a request, by its path within the application; empty when none names it. */
    static Optional<Rule> ruleFor(String path) {
        return RULES.stream().filter(r -> r.matches(path)).findFirst();
    }
}
