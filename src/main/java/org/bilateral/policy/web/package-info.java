/** The policy pages and their JSON: asks and their positions, issues raised, stakes, the timeline, the tariff what-if. */
@org.jspecify.annotations.NullMarked
package org.bilateral.policy.web;
