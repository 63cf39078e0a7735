/** Purchase commitments of the partner's goods: one deal however often it is announced, with every report of it. */
@org.springframework.modulith.ApplicationModule(displayName = "Commitments")
@org.jspecify.annotations.NullMarked
package org.bilateral.commitments;
