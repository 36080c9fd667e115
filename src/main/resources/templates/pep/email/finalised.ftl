<#ftl output_format="plainText">
<#-- Plain text. The link goes to the PEP's page. -->
${greeting}

The PEP for ${child} has been finalised.

PEP reference: ${reference}

Sign in to ${serviceName} to see it:
${link}

${authorityName}
