package org.bilateral.commitments;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The deal register as a page and as JSON. */
@Controller
class DealsPages {

    private final PurchaseCommitments commitments;

    DealsPages(PurchaseCommitments commitments) {
        this.commitments = commitments;
    }

    @GetMapping("/deals")
    String deals(Model model) {
        model.addAttribute("deals", commitments.deals());
        return "commitments/deals";
    }

    @GetMapping("/api/deals")
    @ResponseBody
    List<PurchaseCommitments.Deal> api() {
        return commitments.deals();
    }
}
