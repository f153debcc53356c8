/** Choosing, per overdue invoice, the allowed action with the highest expected value. */
package org.smartdunning.policy;
