/** The alerts page, its forms, the unread count in the navigation and the Atom feed. */
@org.jspecify.annotations.NullMarked
package org.bilateral.alerts.web;
