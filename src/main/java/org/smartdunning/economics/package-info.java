/** The creditor's economics and what a decision is worth, exactly as the data contract defines it. */
package org.smartdunning.economics;
