package org.bilateral.doors;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A refusal written by a filter, before MVC is reached (a body too large, no credentials, a role that may not): the same
 * problem detail as the API's other refusals ({@code Refusals}) answer.
 */
public final class ProblemResponse {

    private ProblemResponse() {
    }

    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JsonMapper.shared().writeValueAsString(new Problem("about:blank", title, status, detail)));
    }

    /** RFC 9457's members, in the order every refusal of the API writes them. */
    private record Problem(String type, String title, int status, String detail) {
    }
}
