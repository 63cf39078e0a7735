/** The policy issues of the relationship (market-economy status, export controls, trade fraud, tariffs) and each time one was raised. */
@org.springframework.modulith.ApplicationModule(displayName = "Policy issues")
package org.bilateral.policy;
