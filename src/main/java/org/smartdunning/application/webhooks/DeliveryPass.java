package org.smartdunning.application.webhooks;

/** What one delivery pass did: deliveries accepted by their receivers, scheduled again, and given up. */
public record DeliveryPass(int delivered, int retried, int failed) {
    public int attempts() {
        return delivered + retried + failed;
    }
}
