/** The API benchmark: concurrent clients on a running workbench, with tokens and with HTTP Basic. */
package org.bilateral.identity.bench;
