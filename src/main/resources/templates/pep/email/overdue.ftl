<#ftl output_format="plainText">
<#-- Plain text. Goes to whoever holds the task and to the officer. The link goes to the PEP's page. -->
${greeting}

The task to ${task} for ${child} was due by ${dueDate} and is now overdue.

PEP reference: ${reference}

Sign in to ${serviceName} to see it:
${link}

${authorityName}
