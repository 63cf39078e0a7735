package org.bilateral.extraction;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The feeds every installation reads, beside those an analyst adds on the page: {@code bilateral.feeds[0].name},
 * {@code .url}, {@code .language} ({@code en}, {@code vi}), {@code .kind} ({@code rss}, {@code atom}, {@code listing})
 * and, for a listing page, {@code .link-pattern}.
 */
@ConfigurationProperties("bilateral")
record FeedsProperties(@Nullable List<Configured> feeds) {

    record Configured(@Nullable String name, @Nullable String url, @Nullable String language, @Nullable String kind,
            @Nullable String linkPattern) {
    }

    List<Configured> all() {
        return feeds == null ? List.of() : feeds;
    }
}
