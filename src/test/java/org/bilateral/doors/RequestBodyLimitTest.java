package org.bilateral.doors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A request body other than an upload is read up to 4 MB (4 × 1,048,576 = 4,194,304 bytes) and refused beyond. */
class RequestBodyLimitTest {

    private final RequestBodyLimit limit = new RequestBodyLimit();

    private static MockHttpServletRequest posting(int bytes, String type) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/press-releases");
        request.setContentType(type);
        request.setContent(new byte[bytes]);
        return request;
    }

    private static long readAll(ServletRequest request) throws IOException {
        long n = 0;
        try (InputStream in = request.getInputStream()) {
            byte[] buffer = new byte[65_536];
            for (int r = in.read(buffer); r > 0; r = in.read(buffer)) {
                n += r;
            }
        }
        return n;
    }

    @Test
    void aBodySayingItIsOneByteOverFourMegabytesIsRefusedBeforeItIsRead() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        limit.doFilter(posting(4_194_305, "application/json"), response, chain);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("larger than 4 MB");
        assertThat(chain.getRequest()).as("the request went no further").isNull();
    }

    @Test
    void aBodyOfExactlyFourMegabytesIsReadWhole() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        limit.doFilter(posting(4_194_304, "application/json"), new MockHttpServletResponse(), chain);
        assertThat(readAll(chain.getRequest())).isEqualTo(4_194_304);
    }

    @Test
    void aBodyOfUnstatedLengthIsStoppedAtTheLimitAsItIsRead() throws Exception {
        MockHttpServletRequest unstated = new MockHttpServletRequest("POST", "/api/press-releases") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        unstated.setContentType("text/plain");
        unstated.setContent(new byte[4_194_305]);
        MockFilterChain chain = new MockFilterChain();
        limit.doFilter(unstated, new MockHttpServletResponse(), chain);
        assertThatThrownBy(() -> readAll(chain.getRequest())).isInstanceOf(IOException.class).hasMessageContaining("larger than 4 MB");
    }

    @Test
    void anUploadIsLeftToTheUploadsOwnLimits() throws Exception {
        MockHttpServletRequest upload = posting(4_194_305, "multipart/form-data; boundary=x");
        MockFilterChain chain = new MockFilterChain();
        limit.doFilter(upload, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(upload);
    }
}
