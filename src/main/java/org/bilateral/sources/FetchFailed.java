package org.bilateral.sources;

import java.net.URI;
import org.bilateral.shared.Said;

/**
 * A source could not be reached, or kept answering badly, after its retries: said with the address (its key removed)
 * and what went wrong, for the Sources page and the log. Nothing of the document was kept.
 */
public class FetchFailed extends RuntimeException {

    private final Said said;
    private final URI address;

    public FetchFailed(URI address, Said said) {
        super(Fetcher.withoutKeys(address) + ": " + said.english());
        this.said = said;
        this.address = address;
    }

    public Said said() {
        return said;
    }

    /** The address asked, with any key in its query hidden. */
    public String address() {
        return Fetcher.withoutKeys(address);
    }
}
