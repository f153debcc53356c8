/** The SMS channel: a provider's JSON API over the JDK's HTTP client. */
package org.smartdunning.channels.http;
