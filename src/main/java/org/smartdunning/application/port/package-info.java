/**
 * Ports: what the use cases need from the store and the files, as interfaces. The store's JDBC
 * classes and the file formats implement them; {@code bootstrap} wires them in.
 */
package org.smartdunning.application.port;
