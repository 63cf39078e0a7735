package org.bilateral.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bilateral.sources.Fetcher;

/** The recorded feeds and pages under src/test/resources/extraction/recorded, their links pointed at a test server. */
final class RecordedFeeds {

    private RecordedFeeds() {
    }

    /** A recorded file with {@code {BASE}} replaced by the server's base address. */
    static String read(String file, URI base) {
        try (InputStream in = RecordedFeeds.class.getResourceAsStream("/extraction/recorded/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded file " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{BASE}", base.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An answer as the fetcher hands it to a reading. */
    static Fetcher.Answer answer(URI address, String contentType, String body) {
        return new Fetcher.Answer(address, 200, body.getBytes(StandardCharsets.UTF_8),
                HttpHeaders.of(Map.of("Content-Type", List.of(contentType)), (name, value) -> true));
    }
}
