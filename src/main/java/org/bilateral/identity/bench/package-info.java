/** The API benchmark: concurrent clients on a running workbench, with tokens and with HTTP Basic. */
@org.jspecify.annotations.NullMarked
package org.bilateral.identity.bench;
