/**
 * Read-only renderings of forms: the PDF of a submitted form and a blank printable PDF of any form.
 * A named interface so that the features that offer these documents may use it.
 */
@NamedInterface("pdf")
package org.caseworkportal.forms.pdf;

import org.springframework.modulith.NamedInterface;
