/**
 * Webhook use cases: register, list and disable a creditor's endpoints, publish an event to its
 * outbox, and deliver what is due, signed, with retries. The HTTP API calls the first three and
 * {@link org.smartdunning.application.webhooks.PublishWebhookEvent}; a scheduler calls
 * {@link org.smartdunning.application.webhooks.DeliverWebhooks}.
 */
package org.smartdunning.application.webhooks;
