/** Who may use the workbench: accounts, roles, login, and the first administrator. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.bilateral.identity;
