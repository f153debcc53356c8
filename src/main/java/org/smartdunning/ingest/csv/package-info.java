/** Adapter: reads the contract data folder from disk with FastCSV, streaming. */
package org.smartdunning.ingest.csv;
