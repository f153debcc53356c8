/** The letter channel: A4 PDF letters with PDFBox, one file per message, for a print-and-post service. */
package org.smartdunning.channels.pdf;
