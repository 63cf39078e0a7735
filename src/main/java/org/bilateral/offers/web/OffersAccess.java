package org.bilateral.offers.web;

import static org.bilateral.identity.Access.record;

import java.util.List;
import org.bilateral.identity.Access;
import org.springframework.stereotype.Component;

/**
 * Who may open the offers: the ministry reads them and their pricing (pages and API); its editors build, change and
 * delete them. The module's one Access class: every offers route (the gap's, the pages', the API's) is ruled here.
 */
@Component
class OffersAccess implements Access {

    @Override
    public List<Rule> rules() {
        return List.of(record("/offers"), record("/offers/**"), record("/api/offers"), record("/api/offers/**"));
    }
}
