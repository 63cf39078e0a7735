/** Bilateral: the launcher that starts the workbench as a server or runs one command; each capability is a subpackage. */
@org.jspecify.annotations.NullMarked
package org.bilateral;
