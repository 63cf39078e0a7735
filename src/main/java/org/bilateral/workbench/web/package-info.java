/** The workbench's own doors: the search box's page and its JSON answer. */
package org.bilateral.workbench.web;
