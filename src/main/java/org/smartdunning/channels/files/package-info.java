/** File-writing support shared by the channels that deliver into files (letters, agency hand-off). */
package org.smartdunning.channels.files;
