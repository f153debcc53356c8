/** Facts about an invoice and its customer as known before the decision date: nothing later leaks in. */
package org.smartdunning.features;
