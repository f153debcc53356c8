/** A data folder that arrives as a zip archive (the API's bulk upload), unpacked safely. */
package org.smartdunning.ingest.zip;
