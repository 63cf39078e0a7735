/** The reference page: what reference data is loaded, and from where. */
package org.bilateral.reference.web;
