<#ftl output_format="plainText">
<#-- Plain text. The link goes to the PEP's page. -->
${greeting}

The Virtual School has returned the PEP for ${child} for amendment.

PEP reference: ${reference}
Required by: ${dueDate}

The Virtual School's comments:
${comments}

Sign in to ${serviceName} to amend and resubmit it:
${link}

${authorityName}
