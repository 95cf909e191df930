/**
 * Lets every copy of Lit on the page share one Trusted Types policy named `lit-html`.
 *
 * Each CDN bundle carries its own copy of Lit, and each copy creates the policy `lit-html` when it
 * loads. Under a strict CSP (`require-trusted-types-for 'script'; trusted-types lit-html`) the
 * browser refuses a second policy of the same name, and the second bundle would fail to load: with
 * the finder's bundle first, no other widget upgraded (issue #16). This module runs before Lit in
 * every entry and makes a second `createPolicy('lit-html', …)` return the first policy. Every copy
 * of Lit asks for the same rules (it passes strings through, because Lit only ever gives the policy
 * its own template strings), so sharing the policy changes nothing else. Other names are untouched.
 * A page whose own Lit created the policy before any HART bundle needs `'allow-duplicates'` in its
 * `trusted-types` directive (docs/embedding.md, "Content-Security-Policy").
 */
type PolicyFactory = { createPolicy(name: string, rules: object): unknown };

const SHARED = Symbol.for('ct-hart.lit-html-policy.v1');
const trustedTypes = (globalThis as { trustedTypes?: PolicyFactory & { [SHARED]?: unknown } }).trustedTypes;

if (trustedTypes && !(SHARED in trustedTypes)) {
  const createPolicy = trustedTypes.createPolicy.bind(trustedTypes);
  let litPolicy: unknown;
  trustedTypes[SHARED] = true;
  trustedTypes.createPolicy = (name: string, rules: object) => {
    if (name !== 'lit-html') return createPolicy(name, rules);
    return (litPolicy ??= createPolicy(name, rules));
  };
}

export {};
