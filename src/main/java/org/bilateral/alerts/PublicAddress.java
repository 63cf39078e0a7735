package org.bilateral.alerts;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address at which people reach the workbench ({@code bilateral.public-url}): a feed and a mail are read away from
 * it, so their links are absolute. Configured, never taken from a request's Host header, which anyone can write.
 */
@Component
public class PublicAddress {

    private final URI base;

    PublicAddress(@Value("${bilateral.public-url:http://localhost:8080}") String base) {
        String trimmed = base.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        URI uri = URI.create(trimmed);
        if (uri.getHost() == null || !(trimmed.startsWith("http://") || trimmed.startsWith("https://"))) {
            throw new IllegalArgumentException("bilateral.public-url is an http or https address, not " + base);
        }
        this.base = uri;
    }

    /** A page of the workbench, absolute: {@code /engagements/12} becomes {@code https://bilateral.example/engagements/12}. */
    public String of(String href) {
        return base + (href.startsWith("/") ? href : "/" + href);
    }

    /** The host, the authority of the feed's tag: URIs. */
    public String host() {
        return base.getHost();
    }
}
