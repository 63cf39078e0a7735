package org.bilateral.doors;

import org.bilateral.shared.Limits;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * Which addresses held in the record pages may make links of: http and https only. A source URL of
 * {@code javascript:…} or {@code data:…} (imported from a file, typed into a form) is shown as text, never followed.
 * Templates call it as {@code @links.web(url)}.
 */
@Component("links")
public class Links {

    /** The address, when it is a web address a page may link to; else null. */
    public @Nullable String web(@Nullable String address) {
        return address != null && Limits.isWebAddress(address) ? address.strip() : null;
    }
}
