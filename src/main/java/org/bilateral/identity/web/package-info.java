/** The identity capability's pages: one's own account (password, API tokens) and, for administrators, the users. */
package org.bilateral.identity.web;
