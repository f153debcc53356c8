/** Estimates of what each action does to payment, churn and inquiries, and of customer lifetime value. */
package org.smartdunning.models;
