/** The Press releases pages (paste or upload, then review with the evidence highlighted) and the extraction API. */
package org.bilateral.extraction.web;
