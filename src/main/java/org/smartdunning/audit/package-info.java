/** The audit log: every step the daily dunning process took or declined, with the rule or model behind it. */
package org.smartdunning.audit;
