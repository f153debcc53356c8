/** The creditor's billing history as the data contract describes it: framework-free domain records. */
package org.smartdunning.history;
