/** The identity capability's pages: one's own account (password, API tokens) and, for administrators, the users. */
@org.jspecify.annotations.NullMarked
package org.bilateral.identity.web;
