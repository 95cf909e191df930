// A third-party script that runs after HART's bundles (issue #20): which Trusted Types policies can
// it get? Each result is 'refused' or 'policy' (and then whether its createHTML passes markup through).
const results = {};
for (const name of ['lit-html', 'hart-help-banner', 'hart-resource-finder']) {
  try {
    const policy = window.trustedTypes.createPolicy(name, { createHTML: (html) => html });
    results[name] =
      String(policy.createHTML('<img src=x>')) === '<img src=x>' ? 'policy (passes markup through)' : 'policy';
  } catch {
    results[name] = 'refused';
  }
}
window.hartThirdPartyPolicies = results;
