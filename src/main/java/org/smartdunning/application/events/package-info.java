/** Use cases of the billing system's events: recorded one at a time, each once. */
package org.smartdunning.application.events;
