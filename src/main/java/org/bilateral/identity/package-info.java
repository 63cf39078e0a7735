/**
 * Who may use the workbench and what each may do, and a record of who did what: accounts and roles, the access rules
 * of every route, login and its guard against guessing, API tokens, the first administrator, and the audit trail that
 * every capability writes its changes to.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.bilateral.identity;
