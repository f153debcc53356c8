/** The e-mail channel: SMTP through Jakarta Mail (Angus), one kept connection per channel. */
package org.smartdunning.channels.smtp;
