/**
 * Carrying out dunning actions: rendered messages, the {@link org.smartdunning.channels.Channel}
 * port each protocol implements (SMTP, SMS over HTTP, PDF letters, the agency hand-off file) and
 * the outbox that makes every message go out exactly once. Adapters live in sub-packages.
 */
package org.smartdunning.channels;
