/** An invoice's dunning timeline: everything that happened to it, day by day, for people to read. */
package org.smartdunning.application.timeline;
