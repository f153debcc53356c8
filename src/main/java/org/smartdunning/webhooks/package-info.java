/**
 * Signed webhooks: the events a creditor can subscribe to, its endpoints and their secrets, the
 * JSON body of an event, the {@code Dunning-Signature} a receiver verifies ({@link
 * org.smartdunning.webhooks.WebhookVerifier}) and the retry schedule of a delivery. No I/O here:
 * the store keeps endpoints and deliveries, and {@code webhooks.http} sends them.
 */
package org.smartdunning.webhooks;
