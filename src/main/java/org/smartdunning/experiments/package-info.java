/**
 * Off-policy evaluation: what a target policy would have been worth per invoice, estimated from
 * the decisions logged in randomised experiments (IPS, self-normalised IPS, doubly robust).
 */
package org.smartdunning.experiments;
