/** The reference page: what reference data is loaded, and from where. */
@org.jspecify.annotations.NullMarked
package org.bilateral.reference.web;
