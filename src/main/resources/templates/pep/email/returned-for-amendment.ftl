<#ftl output_format="plainText">
<#-- Plain text. The link is the person's home until the task pages exist; it will then go to the task. -->
${greeting}

The Virtual School has returned the PEP for ${child} for amendment.

PEP reference: ${reference}
Required by: ${dueDate}

The Virtual School's comments:
${comments}

Sign in to ${serviceName} to amend and resubmit it:
${link}

${authorityName}
