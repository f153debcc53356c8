/** The HTTP API (Javalin): a thin door that authenticates, parses, calls a use case and renders its result. */
package org.smartdunning.api;
