/** Adapter: trained outcome models to and from one portable archive (ZIP of a JSON manifest and the trees). */
package org.smartdunning.models.archive;
