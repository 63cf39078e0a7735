/** The Press releases pages (paste or upload, then review with the evidence highlighted) and the extraction API. */
@org.jspecify.annotations.NullMarked
package org.bilateral.extraction.web;
