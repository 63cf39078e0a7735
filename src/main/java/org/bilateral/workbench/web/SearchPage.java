package org.bilateral.workbench.web;

import org.bilateral.shared.Findable.Query;
import org.bilateral.workbench.Search;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The search box's answer: a page grouped by kind, or the same as JSON. */
@Controller
class SearchPage {

    private final Search search;

    SearchPage(Search search) {
        this.search = search;
    }

    @GetMapping("/search")
    String page(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("results", search.find(new Query(q)));
        return "workbench/search";
    }

    @GetMapping("/api/search")
    @ResponseBody
    Search.Results api(@RequestParam(defaultValue = "") String q) {
        return search.find(new Query(q));
    }
}
