/**
 * Use cases, named after the business act (train models, decide a folder, run a dunning day,
 * place a hold, simulate days, measure the scorecard). Each returns a typed result and reports
 * progress through a listener; none prints. They reach the store, the files and the channels
 * only through the ports in {@code application.port}, wired in {@code bootstrap}, so the command
 * line, an HTTP API, web pages and a Spark job can all call them.
 */
package org.smartdunning.application;
