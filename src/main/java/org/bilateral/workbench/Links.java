package org.bilateral.workbench;

import java.net.URI;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Which addresses held in the record pages may make links of: http and https only. A source URL of
 * {@code javascript:…} or {@code data:…} (imported from a file, typed into a form) is shown as text, never followed.
 * Templates call it as {@code @links.web(url)}.
 */
@Component("links")
public class Links {

    /** The address, when it is a web address a page may link to; else null. */
    public String web(String address) {
        if (address == null) {
            return null;
        }
        String trimmed = address.strip();
        try {
            String scheme = URI.create(trimmed).getScheme();
            return scheme != null && (scheme.toLowerCase(Locale.ROOT).equals("https") || scheme.toLowerCase(Locale.ROOT).equals("http"))
                    ? trimmed : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
