package org.bilateral.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.identity.Access.open;
import static org.bilateral.identity.Access.record;
import static org.bilateral.identity.Access.rule;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** How identity decides a request from the rules the modules contribute. */
class AccessRulesTest {

    /** A module that declares the reporting pages broadly first, and their ministry's corner after. */
    private static final Access REPORTING = () -> List.of(
            rule("/reporting/**", Audience.EVERYONE, Audience.REPORTING),
            rule("/reporting/status", Audience.MINISTRY, Audience.ADMINISTRATORS));
    private static final Access STATISTICS = () -> List.of(record("/balance"), record("/balance.*"));
    private static final Access LOGIN = () -> List.of(open("/login"));

    private final AccessRules rules = new AccessRules(List.of(REPORTING, STATISTICS, LOGIN));

    private static Authentication as(Role role) {
        return UsernamePasswordAuthenticationToken.authenticated("someone", null,
                List.of(new SimpleGrantedAuthority(role.authority())));
    }

    private boolean allows(String method, String path, Authentication who) {
        return rules.ruleFor(path).map(r -> r.allows(method, who)).orElse(false);
    }

    @Test
    void aRouteNoModuleDeclaresIsRefusedToEveryoneAdministratorsToo() {
        assertThat(rules.ruleFor("/undeclared")).isEmpty();
        assertThat(rules.ruleFor("/balance/more")).as("/balance does not cover what lies under it").isEmpty();
        for (Role role : Role.values()) {
            assertThat(allows("GET", "/undeclared", as(role))).as(role.label()).isFalse();
            assertThat(allows("POST", "/undeclared", as(role))).as(role.label()).isFalse();
        }
        assertThat(new AccessRules(List.of()).ruleFor("/login")).as("no module, no route").isEmpty();
    }

    @Test
    void theMostSpecificPatternDecidesWhateverTheOrderOfDeclaration() {
        assertThat(rules.ruleFor("/reporting/status").orElseThrow().readers()).isEqualTo(Audience.MINISTRY);
        assertThat(allows("GET", "/reporting/status", as(Role.REPORTER))).isFalse();
        assertThat(allows("GET", "/reporting/status", as(Role.VIEWER))).isTrue();
        assertThat(allows("GET", "/reporting/deals/1", as(Role.REPORTER))).isTrue();
        assertThat(allows("POST", "/reporting/deals/1/progress", as(Role.VIEWER))).isFalse();
        var reversed = new AccessRules(List.of(() -> List.of(REPORTING.rules().get(1), REPORTING.rules().get(0))));
        assertThat(reversed.ruleFor("/reporting/status").orElseThrow().readers()).isEqualTo(Audience.MINISTRY);
    }

    @Test
    void theRecordIsReadByTheMinistryAndChangedByItsEditors() {
        assertThat(allows("GET", "/balance.csv", as(Role.VIEWER))).isTrue();
        assertThat(allows("HEAD", "/balance", as(Role.VIEWER))).isTrue();
        assertThat(allows("POST", "/balance", as(Role.VIEWER))).isFalse();
        assertThat(allows("POST", "/balance", as(Role.ANALYST))).isTrue();
        assertThat(allows("GET", "/balance", as(Role.REPORTER))).isFalse();
        assertThat(rules.ruleFor("/balance").orElseThrow().allows("GET", null)).as("nobody logged in").isFalse();
    }

    @Test
    void anOpenRouteLetsInAVisitorWhoIsNotLoggedIn() {
        assertThat(rules.ruleFor("/login").orElseThrow().allows("POST", null)).isTrue();
        assertThat(rules.ruleFor("/login").orElseThrow().declaredBy()).isEqualTo(LOGIN.getClass().getName());
    }
}
