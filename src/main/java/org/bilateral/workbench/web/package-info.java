/** The workbench's own doors: the search box's page and its JSON answer. */
@org.jspecify.annotations.NullMarked
package org.bilateral.workbench.web;
