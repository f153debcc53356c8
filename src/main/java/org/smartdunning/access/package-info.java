/** API keys: who may act for which creditor. Random keys, kept only as hashes, compared in constant time. */
package org.smartdunning.access;
