package org.bilateral.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bilateral.WorkbenchTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the workbench maps, tried by every role and by an anonymous visitor: each must have a rule in
 * {@link AccessRules} (some module's {@link Access}), and each answer must be what its rule says (let in, or refused: 403, or sent to log in).
 */
@WorkbenchTest
@AutoConfigureMockMvc
class AccessMatrixTest {

    @Autowired MockMvc mvc;
    @Autowired AccessRules rules;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    /** A route as tried: its method and a path with its variables filled in. */
    record Route(String method, String path) implements Comparable<Route> {
        @Override
        public int compareTo(Route other) {
            return (path + " " + method).compareTo(other.path + " " + other.method);
        }
    }

    private Set<Route> routes() {
        Set<Route> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                // {type} is a download's format; every other variable an id or a code.
                String path = pattern.replaceAll("\\{type[^}]*}", "csv").replaceAll("\\{[^}]*}", "1");
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    routes.add(new Route(method.name(), path));
                }
            }
        });
        return routes;
    }

    @Test
    void everyRouteHasARule() {
        List<String> without = routes().stream().filter(r -> rules.ruleFor(r.path()).isEmpty())
                .map(r -> r.method() + " " + r.path()).toList();
        assertThat(without).as("routes that no rule of AccessRules names (refused to everyone until one does)").isEmpty();
        assertThat(routes()).hasSizeGreaterThan(80);
    }

    @Test
    void everyRoleGetsWhatTheRulesSayOnEveryRoute() throws Exception {
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (Route route : routes()) {
            AccessRules.Rule rule = rules.ruleFor(route.path()).orElseThrow();
            for (Role role : Role.values()) {
                var who = UsernamePasswordAuthenticationToken.authenticated("matrix-" + role.label(), null,
                        List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
                boolean allowed = rule.allows(route.method(), who);
                int status = status(route, role);
                tried++;
                if (allowed && (status == 401 || status == 403)) {
                    wrong.add(role.label() + " " + route + ": refused (" + status + "), the rule lets it in");
                } else if (!allowed && status != 403) {
                    wrong.add(role.label() + " " + route + ": answered " + status + ", the rule refuses it");
                } else if (status >= 500) {
                    wrong.add(role.label() + " " + route + ": answered " + status);
                }
            }
            var anonymous = perform(route, null).getResponse();
            tried++;
            boolean open = rule.allows(route.method(), null);
            boolean sentToLogin = anonymous.getStatus() == 401
                    || (anonymous.getStatus() == 302 && String.valueOf(anonymous.getRedirectedUrl()).endsWith("/login"));
            if (open == sentToLogin) {
                wrong.add("anonymous " + route + ": answered " + anonymous.getStatus() + (open ? ", the route is open" : ""));
            }
        }
        assertThat(wrong).as("answers that differ from the rules, of " + tried + " tried").isEmpty();
        System.out.println("Access matrix: " + routes().size() + " routes × " + (Role.values().length + 1) + " = " + tried
                + " requests, all as the rules say");
    }

    private int status(Route route, Role role) {
        try {
            return perform(route, role).getResponse().getStatus();
        } catch (Exception e) {
            return 599; // thrown past every handler: what a server answers with 500
        }
    }

    private org.springframework.test.web.servlet.MvcResult perform(Route route, Role role) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(route.method()), route.path()).accept("text/html");
        if (!route.method().equals("GET")) {
            request = request.with(csrf());
        }
        if (role != null) {
            request = request.with(user("matrix-" + role.label()).roles(role.name()));
        }
        return mvc.perform(request).andReturn();
    }
}
