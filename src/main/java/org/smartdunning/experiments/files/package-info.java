/** Adapter: the off-policy figures saved with a model, as JSON. */
package org.smartdunning.experiments.files;
