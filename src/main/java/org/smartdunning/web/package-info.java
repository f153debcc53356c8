/**
 * The dashboard: server-rendered pages for one signed-in creditor (KPIs, the decision explorer, the
 * model report, the workflow and holds), a thin door like {@code api} that calls use cases and renders
 * their results with Mustache templates and Chart.js, every asset served by the service itself.
 */
package org.smartdunning.web;
