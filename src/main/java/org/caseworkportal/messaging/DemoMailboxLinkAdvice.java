package org.caseworkportal.messaging;

import org.springframework.context.annotation.Conditional;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page where the demo mailbox is, when there is one, so that the start page and each
 * "we have sent you a code" page can link to it (see {@code messaging/_demo-mailbox.ftlh}).
 */
@ControllerAdvice
@Conditional(DemoMailboxCondition.class)
class DemoMailboxLinkAdvice {

	@ModelAttribute("demoMailboxUrl")
	String demoMailboxUrl() {
		return DemoMailboxController.MAILBOX;
	}

}
