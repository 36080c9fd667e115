<#ftl output_format="plainText">
<#-- Plain text. The link goes to the PEP's page.
     Nothing about the child beyond first name and surname initial: a school's nominated mailbox is shared. -->
${greeting}

${authorityName} has delegated a Personal Education Plan (PEP) form to you for ${child}.

PEP reference: ${reference}
Required by: ${dueDate}

Sign in to ${serviceName} to complete it:
${link}

${authorityName}
