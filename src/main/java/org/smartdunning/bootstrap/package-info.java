/**
 * The one place that wires adapters (the JDBC store, the file formats, XGBoost, the channels) into
 * the use cases of {@code application}, for the doors (the command line, and next an HTTP API,
 * web pages and a Spark job) to call. Also the settings files of the daily process.
 */
package org.smartdunning.bootstrap;
