/** The offers' doors on the web: the API ({@code /api/offers}), the pages, and who may open them ({@code OffersAccess}). */
@org.jspecify.annotations.NullMarked
package org.bilateral.offers.web;
