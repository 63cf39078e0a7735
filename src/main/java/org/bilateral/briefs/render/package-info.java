/** A brief written out: its words in its language, its tables, its chart, and the PDF, DOCX, XLSX and HTML made of them. */
@org.jspecify.annotations.NullMarked
package org.bilateral.briefs.render;
