package org.bilateral.commitments.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bilateral.commitments.targets.Attainment;
import org.bilateral.commitments.targets.Projection;
import org.bilateral.commitments.targets.Projections;
import org.bilateral.commitments.targets.PurchaseTarget;
import org.bilateral.commitments.targets.PurchaseTargets;
import org.bilateral.shared.TextFiles;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.ErrorResponseException;

/** Targets, attainment and projection as JSON. */
@RestController
class TargetsApi {

    private final PurchaseTargets targets;
    private final Projections projections;

    TargetsApi(PurchaseTargets targets, Projections projections) {
        this.targets = targets;
        this.projections = projections;
    }

    @GetMapping("/api/targets")
    List<PurchaseTarget> targets() {
        return targets.targets();
    }

    /**
     * Loads targets from YAML in the request body, as {@code bilateral targets load} does from a file. The body is held
     * to the targets file's own limit (1 MB, not the 4 MB of other bodies), refused by its stated length before a byte
     * is read and otherwise as soon as it passes the limit, so the parser never sees more than an upload could give it.
     */
    @PostMapping(path = "/api/targets", consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
    PurchaseTargets.Loaded load(HttpServletRequest request, Authentication user) throws IOException {
        if (request.getContentLengthLong() > PurchaseTargets.LARGEST_FILE) {
            throw tooLarge();
        }
        byte[] body = request.getInputStream().readNBytes((int) PurchaseTargets.LARGEST_FILE + 1);
        if (body.length > PurchaseTargets.LARGEST_FILE) {
            throw tooLarge();
        }
        // Strict UTF-8: a body in another encoding is refused by name, as a file is, never read with U+FFFD in it.
        return targets.load(new InputStreamReader(new ByteArrayInputStream(TextFiles.withoutBom(body)),
                StandardCharsets.UTF_8.newDecoder()), BODY, user.getName());
    }

    static final String BODY = "request body";

    private static ErrorResponseException tooLarge() {
        return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                String.format("%s: the targets are larger than %,d MB, the most a targets file may be", BODY,
                        PurchaseTargets.LARGEST_FILE >> 20)), null);
    }

    @GetMapping("/api/targets/{code}/attainment")
    Attainment attainment(@PathVariable String code) {
        return targets.attainment(code);
    }

    @GetMapping("/api/projection")
    Projection projection(@RequestParam(defaultValue = "${bilateral.pair.own}") String buyer, @RequestParam(defaultValue = "${bilateral.pair.partner}") String seller,
                          @RequestParam(defaultValue = "partner_exports") String statistics) {
        return projections.project(TargetPages.country("buyer", buyer), TargetPages.country("seller", seller), TargetPages.side(statistics));
    }
}
