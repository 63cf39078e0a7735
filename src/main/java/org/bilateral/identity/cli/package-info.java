/** Accounts, API tokens and the audit trail from the command line. */
@org.jspecify.annotations.NullMarked
package org.bilateral.identity.cli;
