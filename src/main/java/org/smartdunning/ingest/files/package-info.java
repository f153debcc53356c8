/** Adapter: a contract folder on disk whose files are CSV ({@code ingest.csv}) or Parquet ({@code ingest.parquet}). */
package org.smartdunning.ingest.files;
