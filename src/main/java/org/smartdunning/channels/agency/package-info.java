/** The collection channel: the daily CSV hand-off file for the collection agency, with FastCSV. */
package org.smartdunning.channels.agency;
