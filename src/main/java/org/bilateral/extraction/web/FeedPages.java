package org.bilateral.extraction.web;

import java.security.Principal;
import org.bilateral.extraction.PressFeed;
import org.bilateral.extraction.PressFeeds;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The press feeds the workbench reads by itself: listed for the ministry, added and removed by its editors. */
@Controller
class FeedPages {

    private final PressFeeds feeds;

    FeedPages(PressFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/press-releases/feeds")
    String list(Model model) {
        model.addAttribute("feeds", feeds.feeds());
        model.addAttribute("kinds", PressFeed.Kind.values());
        return "extraction/feeds";
    }

    @PostMapping("/press-releases/feeds")
    String add(@RequestParam(name = "name", required = false) @Nullable String name, @RequestParam(name = "url", required = false) @Nullable String url,
               @RequestParam(name = "language", required = false) @Nullable String language,
               @RequestParam(name = "kind", required = false) @Nullable String kind,
               @RequestParam(name = "linkPattern", required = false) @Nullable String linkPattern, Principal user) {
        feeds.add(name, url, language, kind, linkPattern, user.getName());
        return "redirect:/press-releases/feeds";
    }

    @PostMapping("/press-releases/feeds/{id}/remove")
    String remove(@PathVariable long id, Principal user) {
        feeds.remove(id, user.getName());
        return "redirect:/press-releases/feeds";
    }
}
