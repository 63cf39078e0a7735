package org.bilateral.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A route the application maps but no module's {@link Access} declares is refused to everyone, administrators too; a
 * declared one answers as its rule says. A web slice ({@link SecuredWebSlice}): only this test's controller, the security
 * configuration and its rules, without the database or any other capability. (The accounts are mocks: the standing of
 * a mock user is none, so its request goes on as the mock user's.)
 */
@WebMvcTest(controllers = RoutesNoModuleDeclaresTest.Routes.class)
// The slice's scan leaves out classes nested in tests, so this test's own controller is imported as well.
@SecuredWebSlice
@Import({RoutesNoModuleDeclaresTest.Routes.class, RoutesNoModuleDeclaresTest.Declared.class})
class RoutesNoModuleDeclaresTest {

    @Autowired MockMvc mvc;

    @RestController
    static class Routes {
        @GetMapping({"/declared", "/undeclared", "/api/undeclared", "/login"})
        String read() {
            return "read";
        }

        @PostMapping({"/declared", "/undeclared"})
        String write() {
            return "written";
        }
    }

    /** The one module of this test: it declares /declared as part of the record, the login page open, and nothing else. */
    static class Declared implements Access {
        @Override
        public List<Rule> rules() {
            return List.of(Access.record("/declared"), Access.open("/login"));
        }
    }

    @Test
    void aRouteNoModuleDeclaresIsRefusedEvenToAnAdministrator() throws Exception {
        mvc.perform(get("/undeclared").with(user("admin").roles("ADMIN"))).andExpect(status().isForbidden());
        mvc.perform(post("/undeclared").with(csrf()).with(user("admin").roles("ADMIN"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/undeclared").with(user("admin").roles("ADMIN"))).andExpect(status().isForbidden());
    }

    @Test
    void aVisitorNotLoggedInIsSentToLogInAndTheApiAsksForCredentials() throws Exception {
        mvc.perform(get("/undeclared").accept("text/html")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/undeclared")).andExpect(status().isUnauthorized());
        mvc.perform(get("/login")).andExpect(status().isOk());
    }

    @Test
    void aDeclaredRouteAnswersAsItsRuleSays() throws Exception {
        mvc.perform(get("/declared").with(user("viewer").roles("VIEWER"))).andExpect(status().isOk());
        mvc.perform(post("/declared").with(csrf()).with(user("viewer").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(post("/declared").with(csrf()).with(user("analyst").roles("ANALYST"))).andExpect(status().isOk());
        mvc.perform(get("/declared").with(user("reporter").roles("REPORTER"))).andExpect(status().isForbidden());
    }
}
