/**
 * The generic form engine: form definitions in Camunda Forms JSON from the top-level {@code forms/}
 * folder, loaded and checked at startup. See {@code forms/README.md} for the format.
 */
package org.caseworkportal.forms;
