/**
 * Keeping current: the outside sources the workbench pulls from by itself (the US Census trade API, UN Comtrade, press
 * feeds, the Federal Register), each a scheduled pull that is also a command, with its runs, keys and schedule shown on
 * Admin → Sources. The modules own what they pull (statistics, press releases, trade remedies); this module owns how a
 * pull reaches the outside (timeouts, retries, limits) and the record of every run.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Sources")
package org.bilateral.sources;
