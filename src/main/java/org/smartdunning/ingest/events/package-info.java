/** Billing events that arrive one at a time (the API): their types, fields and the contract's checks. */
package org.smartdunning.ingest.events;
