<#ftl output_format="plainText">
<#-- Plain text. The link is the person's home until the task pages exist; it will then go to the task. -->
${greeting}

This is a reminder that you need to ${task} for ${child} by ${dueDate}.

PEP reference: ${reference}

Sign in to ${serviceName} to do it:
${link}

${authorityName}
