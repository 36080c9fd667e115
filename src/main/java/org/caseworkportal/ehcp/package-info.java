/**
 * The EHC needs assessment's glue: the process {@code bpmn/ehcp-assessment.bpmn}, named in Java by
 * {@link org.caseworkportal.ehcp.EhcAssessmentProcess}; its statutory clocks
 * ({@link org.caseworkportal.ehcp.EhcTimescales}, the bean {@code ehcTimescales}, and
 * {@link org.caseworkportal.ehcp.EhcStep}); who is asked for advice and who answers a consultation
 * ({@link org.caseworkportal.ehcp.EhcAdvice}, {@link org.caseworkportal.ehcp.EhcConsultation}).
 *
 * <p>This is the first step. The pages (the caseworker's workspace, the professional's advice, the
 * parent's comments), the case's own table, its worktray case type and the notices come later.
 * In particular no bean {@code ehcNotifications} exists yet: {@link org.caseworkportal.ehcp.EhcNotifications}
 * says what the process calls, the process tests register a mock under that name, and nothing
 * starts an assessment until the workspace that sends the notices does.
 */
package org.caseworkportal.ehcp;
