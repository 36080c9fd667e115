/**
 * What every feature's pages share: error messages, dates typed into GOV.UK's date input, paging
 * through long lists, the annotations by which each handler says who may call it, and the
 * exceptions by which code says a request cannot be answered ({@link org.caseworkportal.web.NotVisible},
 * {@link org.caseworkportal.web.AlreadyDone}, ...), each shown as an error page. No feature code
 * lives here.
 */
package org.caseworkportal.web;
