/**
 * Adapter: the contract's files as Parquet (same names ending in {@code .parquet}, same columns),
 * read and written with DuckDB's Parquet support, the library of the embedded store.
 */
package org.smartdunning.ingest.parquet;
