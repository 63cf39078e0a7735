/** Reference data every capability reads: countries and their codes, the HS nomenclature, and named sectors. */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Reference data")
package org.bilateral.reference;
