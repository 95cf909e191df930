/**
 * Gives each CDN bundle's copy of Lit a Trusted Types policy of the bundle's own name, so several
 * HART bundles work on one page under a strict CSP without sharing a policy with anyone.
 *
 * Each CDN bundle carries its own copy of Lit, and each copy asks for the policy `lit-html` when it
 * loads. A CSP allows a name once (without `'allow-duplicates'`), so the second bundle used to fail
 * (issue #16); handing the first policy to every later `createPolicy('lit-html')` fixed that but gave
 * it to any script on the page too (issue #20). Nothing a page script cannot reach can be shared
 * between two bundles, so the bundles share nothing: this module runs just before Lit in every
 * bundle and renames Lit's request to the bundle's name (`hart-help-banner`, … — the file's name),
 * which the partner's `trusted-types` directive lists (docs/embedding.md, "Content-Security-Policy").
 * The rename is in place only while the bundle's own modules evaluate (synchronously: no other
 * script runs in between) and ends at Lit's request. A page whose CSP allows only `lit-html` (the
 * directive of earlier versions) still gets the first bundle working under that name.
 *
 * In the npm package the name stays `lit-html` and nothing is renamed: an app's bundler gives the
 * page one Lit, which asks once.
 */

/** Replaced by the CDN build (rollup.config.mjs) with the bundle's own name. */
const POLICY_NAME: string = 'lit-html';

type PolicyFactory = { createPolicy(name: string, rules: object): unknown };
const trustedTypes = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;

if (trustedTypes && POLICY_NAME !== 'lit-html') {
  const createPolicy = trustedTypes.createPolicy;
  const restore = () => void (trustedTypes.createPolicy = createPolicy);
  trustedTypes.createPolicy = (name: string, rules: object) => {
    if (name !== 'lit-html') return createPolicy.call(trustedTypes, name, rules);
    restore();
    try {
      return createPolicy.call(trustedTypes, POLICY_NAME, rules);
    } catch {
      // A CSP that lists only `lit-html`: this bundle takes that name (a second bundle cannot).
      return createPolicy.call(trustedTypes, name, rules);
    }
  };
  // Lit asks while this bundle evaluates; should it not, the rename still ends before any other script runs.
  queueMicrotask(restore);
}

export {};
