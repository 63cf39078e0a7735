package org.bilateral.reference;

import java.io.IOException;
import java.io.InputStream;
import org.bilateral.shared.Unavailable;
import org.bilateral.shared.Said;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The reference files other capabilities read in place (the policy's orders, tariff history and export-control lists),
 * from the one configured location the loader reads countries and HS codes from. A file that is not there is said
 * plainly, with where it was looked for: the answers that need it cannot be given, the rest of the workbench works.
 */
@Service
public class ReferenceFiles {

    /** Files are a few hundred rows; anything larger is not the file it claims to be. */
    static final int MAX_BYTES = 8 << 20;

    private final String configured;

    ReferenceFiles(@Value("${bilateral.reference:}") String configured) {
        this.configured = configured;
    }

    /** A file's bytes by its path under the reference location, e.g. {@code policy/adcvd-orders-vietnam.csv}. */
    public byte[] read(String relative) {
        ReferenceLocation location = ReferenceLocation.of(configured);
        try (InputStream in = location.open(relative)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new Unavailable(Said.of("refusal.reference.tooLarge", relative, location.describe(), MAX_BYTES >> 20));
            }
            return bytes;
        } catch (IOException e) {
            throw new Unavailable(Said.of("refusal.reference.notThere", relative, location.describe()));
        }
    }

    /** Where a file is read from, as sources name it. */
    public String describe(String relative) {
        return relative + " (" + ReferenceLocation.of(configured).describe() + ")";
    }
}
