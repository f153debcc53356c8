/**
 * Country law for dunning, framework-free: each country's rule pack ({@link org.smartdunning.law.CountryLaw}:
 * fee caps, deadlines, interest margins, B2B compensation, each with its legal source), the checks a dunning
 * step must pass, the statutory reference rates and the late-charge calculator. The rule packs and rates are
 * data, read by the adapters in {@code files}.
 */
package org.smartdunning.law;
