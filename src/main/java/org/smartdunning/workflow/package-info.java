/**
 * Rule-based dunning workflows, framework-free: a {@link org.smartdunning.workflow.Workflow} is a list of
 * stages scheduled relative to the due date (notices, the decision point where the learned policy chooses,
 * escalation), each for a segment of customers, checked against the country law by
 * {@link org.smartdunning.workflow.WorkflowCheck}. {@code files} reads workflow YAML files.
 */
package org.smartdunning.workflow;
