/**
 * Reads workflow YAML files with SnakeYAML's node tree, so every problem — YAML syntax, unknown or missing
 * keys, wrong types, unknown names, and each breach of the law found by
 * {@link org.smartdunning.workflow.WorkflowCheck} — is reported as {@code file:line:column: problem}.
 */
package org.smartdunning.workflow.files;
