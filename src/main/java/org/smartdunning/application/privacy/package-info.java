/** GDPR: a customer's personal data exported, and erased with the financial facts kept under a pseudonym. */
package org.smartdunning.application.privacy;
