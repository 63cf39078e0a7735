package org.bilateral.doors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pages link only to web addresses; anything else held in the record is shown as text. */
class LinksTest {

    private final Links links = new Links();

    @Test
    void onlyHttpAndHttpsAddressesBecomeLinks() {
        assertThat(links.web("https://moit.gov.vn/tin-tuc")).isEqualTo("https://moit.gov.vn/tin-tuc");
        assertThat(links.web(" HTTP://example.org ")).isEqualTo("HTTP://example.org");
        assertThat(links.web("javascript:alert(document.cookie)")).isNull();
        assertThat(links.web("JavaScript:alert(1)")).isNull();
        assertThat(links.web("data:text/html;base64,PHNjcmlwdD4=")).isNull();
        assertThat(links.web("//evil.example/x")).isNull();
        assertThat(links.web("not a url at all")).isNull();
        assertThat(links.web(null)).isNull();
    }
}
