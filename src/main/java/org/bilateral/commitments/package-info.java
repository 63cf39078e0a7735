/** Purchase commitments of the partner's goods: one deal however often it is announced, with every report of it. */
@org.springframework.modulith.ApplicationModule(displayName = "Commitments")
package org.bilateral.commitments;
