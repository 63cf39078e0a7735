package org.bilateral.alerts.web;

import java.util.Arrays;
import org.bilateral.alerts.AlertFeeds;
import org.bilateral.alerts.AlertRules;
import org.bilateral.alerts.Notifications;
import org.bilateral.alerts.PublicAddress;
import org.bilateral.doors.Notices;
import org.bilateral.shared.Changes;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The alerts page: a user's rules and the ready-made ones, their notifications, where they go (mail, feed). */
@Controller
class AlertPages {

    private final AlertRules rules;
    private final Notifications notifications;
    private final AlertFeeds feeds;
    private final PublicAddress publicAddress;
    private final Notices notices;

    AlertPages(AlertRules rules, Notifications notifications, AlertFeeds feeds, PublicAddress publicAddress, Notices notices) {
        this.rules = rules;
        this.notifications = notifications;
        this.feeds = feeds;
        this.publicAddress = publicAddress;
        this.notices = notices;
    }

    @GetMapping("/alerts")
    String page(Authentication user, Model model) {
        String me = user.getName();
        model.addAttribute("rules", rules.of(me));
        model.addAttribute("examples", AlertRules.EXAMPLES);
        model.addAttribute("kinds", Arrays.asList(Changes.Kind.values()));
        model.addAttribute("notifications", notifications.of(me));
        model.addAttribute("unread", notifications.unread(me));
        model.addAttribute("recipient", notifications.recipient(me));
        model.addAttribute("mailConfigured", notifications.mailConfigured());
        model.addAttribute("feedAddress", publicAddress.of("/alerts.atom?token="));
        return "alerts/alerts";
    }

    @PostMapping("/alerts/rules")
    String create(RuleForm form, Authentication user, RedirectAttributes redirect) {
        var rule = rules.create(user.getName(), form.rule());
        redirect.addFlashAttribute("notice", notices.say("alerts.ruleSet", rule.name()));
        return "redirect:/alerts";
    }

    @PostMapping("/alerts/examples/{example}")
    String take(@PathVariable int example, Authentication user, RedirectAttributes redirect) {
        String name = notices.say(AlertRules.EXAMPLES.get(Math.floorMod(example, AlertRules.EXAMPLES.size())).nameKey());
        var rule = rules.take(user.getName(), example, name);
        redirect.addFlashAttribute("notice", notices.say("alerts.ruleSet", rule.name()));
        return "redirect:/alerts";
    }

    @PostMapping("/alerts/rules/{id}/delete")
    String delete(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        if (rules.delete(user.getName(), id)) {
            redirect.addFlashAttribute("notice", notices.say("alerts.ruleDeleted"));
        }
        return "redirect:/alerts";
    }

    @PostMapping("/alerts/notifications/{id}/read")
    String read(@PathVariable long id, Authentication user) {
        notifications.markRead(user.getName(), id);
        return "redirect:/alerts";
    }

    @PostMapping("/alerts/notifications/read")
    String readAll(Authentication user) {
        notifications.markAllRead(user.getName());
        return "redirect:/alerts";
    }

    @PostMapping("/alerts/address")
    String address(@RequestParam(required = false) @Nullable String address,
            @RequestParam(defaultValue = "vi") String language, Authentication user, RedirectAttributes redirect) {
        notifications.address(user.getName(), address, language);
        redirect.addFlashAttribute("notice", notices.say("alerts.addressSaved"));
        return "redirect:/alerts";
    }

    /** A new feed token, shown once on the page it leads back to. */
    @PostMapping("/alerts/feed")
    String newFeed(Authentication user, RedirectAttributes redirect) {
        String token = feeds.newToken(user.getName());
        redirect.addFlashAttribute("feedToken", token);
        redirect.addFlashAttribute("notice", notices.say("alerts.feedMade"));
        return "redirect:/alerts";
    }

    @PostMapping("/alerts/feed/revoke")
    String revokeFeed(Authentication user, RedirectAttributes redirect) {
        feeds.revoke(user.getName());
        redirect.addFlashAttribute("notice", notices.say("alerts.feedRevoked"));
        return "redirect:/alerts";
    }
}
