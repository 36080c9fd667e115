<#ftl output_format="plainText">
<#-- Plain text. The link is the person's home until the child's record pages exist; it will then go to the PEP. -->
${greeting}

The PEP for ${child} has been finalised.

PEP reference: ${reference}

Sign in to ${serviceName} to see it:
${link}

${authorityName}
