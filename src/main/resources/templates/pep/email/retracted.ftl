<#ftl output_format="plainText">
<#-- Plain text. The link is the person's home: the task is gone, so there is nothing else to link to. -->
${greeting}

The Virtual School has retracted the PEP for ${child}. You do not need to do anything more with it.

PEP reference: ${reference}

${serviceName}:
${link}

${authorityName}
