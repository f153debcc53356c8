/** Webhook deliveries over the JDK's HTTP client. */
package org.smartdunning.webhooks.http;
