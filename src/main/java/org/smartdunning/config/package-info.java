/** Reading configuration files: every key known, typed and validated at start, errors naming file and line. */
package org.smartdunning.config;
