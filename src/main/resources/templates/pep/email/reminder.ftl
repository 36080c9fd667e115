<#ftl output_format="plainText">
<#-- Plain text. The link goes to the PEP's page. -->
${greeting}

This is a reminder that you need to ${task} for ${child} by ${dueDate}.

PEP reference: ${reference}

Sign in to ${serviceName} to do it:
${link}

${authorityName}
