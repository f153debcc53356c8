/**
 * The {@code ingest} capability: importing a creditor's contract data folder into the store.
 * This package holds the rules (validation, overlap and re-import handling) and the ports; it does
 * no I/O and knows no JDBC. Adapters: {@code ingest.csv} reads the folder, {@code store} writes it.
 */
package org.smartdunning.ingest;
