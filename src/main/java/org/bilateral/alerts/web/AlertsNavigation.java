package org.bilateral.alerts.web;

import java.security.Principal;
import org.bilateral.alerts.Notifications;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The unread count beside "Alerts" in the navigation of every page: counted only when the page shows it (to an analyst
 * or an administrator), not on every request.
 */
@ControllerAdvice
public class AlertsNavigation {

    private final ObjectProvider<Notifications> notifications;

    /** The notifications' use case when the context holds it: a web slice test's context holds the advice without it. */
    AlertsNavigation(ObjectProvider<Notifications> notifications) {
        this.notifications = notifications;
    }

    /** The signed-in user's unread notifications, counted when first asked. */
    public static final class Unread {

        private final Notifications notifications;
        private final String owner;
        private @Nullable Integer count;

        Unread(Notifications notifications, String owner) {
            this.notifications = notifications;
            this.owner = owner;
        }

        public int count() {
            Integer counted = count;
            if (counted == null) {
                counted = notifications.unread(owner);
                count = counted;
            }
            return counted;
        }
    }

    @ModelAttribute("alertsUnread")
    @Nullable Unread unread(@Nullable Principal who) {
        Notifications held = notifications.getIfAvailable();
        return who == null || held == null ? null : new Unread(held, who.getName());
    }
}
