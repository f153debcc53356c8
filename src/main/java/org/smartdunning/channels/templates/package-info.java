/** Message texts: Mustache templates (JMustache), bundled and overridable by the creditor, per language and channel. */
package org.smartdunning.channels.templates;
