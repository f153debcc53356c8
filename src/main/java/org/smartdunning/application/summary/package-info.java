/**
 * What a batch of decisions means to a credit manager, in plain figures: how many invoices get
 * which action, and the expected cash, collection cases, churn and inquiries against today's
 * process — summed from the decisions' own predictions, so the figures add up to the decisions file.
 */
package org.smartdunning.application.summary;
