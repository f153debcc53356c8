/** The credit manager's monthly report: the month's KPIs and their trend, what changed, and the experiments. */
package org.smartdunning.application.report;
