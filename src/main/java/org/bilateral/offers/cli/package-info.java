/** The offers' commands: {@code bilateral offers} (what is held), {@code offers price FILE.yaml}, {@code offers save FILE.yaml}. */
@org.jspecify.annotations.NullMarked
package org.bilateral.offers.cli;
