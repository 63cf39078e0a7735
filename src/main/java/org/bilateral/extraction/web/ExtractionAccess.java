package org.bilateral.extraction.web;

import static org.bilateral.identity.Access.record;

import java.util.List;
import org.bilateral.identity.Access;
import org.springframework.stereotype.Component;

/** Who may open the press releases and the proposals read from them: the ministry reads them; its editors ingest and review. */
@Component
class ExtractionAccess implements Access {

    @Override
    public List<Rule> rules() {
        return List.of(
                record("/press-releases/**"), record("/proposals/**"), record("/api/extract"), record("/api/press-releases/**"),
                record("/api/proposals/**"));
    }
}
