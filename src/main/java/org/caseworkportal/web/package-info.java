/**
 * What every feature's pages share: error messages, paging of long lists, and the annotations by
 * which each handler says who may call it. No feature code lives here.
 */
package org.caseworkportal.web;
