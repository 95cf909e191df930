// Loaded first (a classic script, as CSP allows): reports every CSP violation to the test.
document.addEventListener('securitypolicyviolation', (event) => {
  const report = `${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile || ''}:${event.lineNumber || ''}) ${event.sample || ''}`;
  if (window.hartEmbedViolation) window.hartEmbedViolation(report);
  (window.hartEmbedViolations ||= []).push(report);
});
