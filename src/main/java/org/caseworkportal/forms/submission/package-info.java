/**
 * Filling in forms for a child: drafts, sections, check your answers, submitting, and the
 * submitted form as a page and a PDF. A named interface so that workflows (the PEP) may start a
 * form, hold it while it is with someone and submit it from their own task pages.
 */
@NamedInterface("submission")
package org.caseworkportal.forms.submission;

import org.springframework.modulith.NamedInterface;
