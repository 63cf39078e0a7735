/**
 * Alerts: rules an analyst sets on the changes every module reports ({@code shared.Changes}), checked on a schedule in
 * {@code serve} and after each pull; each match becomes a notification, shown on the page, in the user's Atom feed and,
 * when an SMTP server is configured, by e-mail in the recipient's language.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Alerts")
package org.bilateral.alerts;
