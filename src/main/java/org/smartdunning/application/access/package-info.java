/** Use cases of access: creditors registered, API keys issued, listed, revoked, and requests authenticated. */
package org.smartdunning.application.access;
