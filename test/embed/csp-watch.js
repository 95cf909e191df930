// Loaded first (a classic script, as CSP allows): reports every CSP violation to the test, in the
// page and to the test server (a beacon outlives the page, e.g. when quick exit leaves it).
document.addEventListener('securitypolicyviolation', (event) => {
  const report = `${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile || ''}:${event.lineNumber || ''}) ${event.sample || ''}`;
  (window.hartEmbedViolations ||= []).push(report);
  window.navigator.sendBeacon('/__engine/report?kind=csp', report);
});
window.addEventListener('pagehide', () =>
  window.navigator.sendBeacon('/__engine/report?kind=csp-end', window.location.pathname),
);
