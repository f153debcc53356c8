/**
 * Reads the law's data files: the country rule packs (YAML, SnakeYAML's node tree for line numbers) and the
 * reference rates (CSV, FastCSV), from the bundled resources or a file the user supplies.
 */
package org.smartdunning.law.files;
