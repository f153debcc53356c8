/** The monthly report laid out as an A4 PDF with PDFBox, its trend charts drawn with XChart, the font embedded. */
package org.smartdunning.report.pdf;
