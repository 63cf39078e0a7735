/** Accounts, API tokens and the audit trail from the command line. */
package org.bilateral.identity.cli;
