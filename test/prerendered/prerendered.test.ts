// PrerenderedController (packages/elements/src/shared/prerendered.ts): an element upgrading over a
// declarative shadow root made by the snippet builder takes it over without a flash or an error.
import { expect, waitUntil } from '@open-wc/testing';
import { LitElement, html, nothing } from 'lit';
import { HartResourceFinder } from '../../packages/elements/src/resource-finder/resource-finder.js';
import { HartHelpBanner } from '../../packages/elements/src/help-banner/help-banner.js';
import { PrerenderedController } from '../../packages/elements/src/shared/prerendered.js';

/** The snippet builder stamps snippets with the package version; the element never reads it. */
const VERSIONS = ['0.1.0', '0.0.1'];

let count = 0;
/** Parses `markup` with declarative shadow roots (as the HTML parser does for a page). */
function parse(markup: string): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  host.setHTMLUnsafe(markup);
  return host.firstElementChild as HTMLElement;
}

const errors: Event[] = [];
addEventListener('hart-error', (event) => errors.push(event), true);

describe('PrerenderedController', () => {
  afterEach(() => {
    document.body.replaceChildren();
    errors.length = 0;
  });

  for (const version of VERSIONS) {
    it(`<hart-resource-finder> replaces a snapshot of version ${version} with its own render, keeps working, and is accessible`, async () => {
      const tag = `hart-resource-finder-pre${++count}`;
      const el = parse(
        `<${tag} page-size="3" data-hart-version="${version}"><template shadowrootmode="open"><style>p{color:red}</style><section part="container"><p id="snapshot">Snapshot</p></section></template></${tag}>`,
      );
      expect(el.shadowRoot!.querySelector('#snapshot')).to.not.equal(null);
      customElements.define(tag, class extends HartResourceFinder {});
      const finder = el as HartResourceFinder;
      await finder.updateComplete;
      const root = finder.shadowRoot!;
      expect(root.querySelector('#snapshot')).to.equal(null);
      expect(root.querySelector('style')).to.equal(null);
      expect(root.querySelectorAll('[part~="container"]')).to.have.length(1);
      expect(finder.hasAttribute('data-hart-version')).to.equal(false);
      // Later renders insert and remove nodes (lit-html must not insert before a removed snapshot node).
      const search = root.querySelector<HTMLInputElement>('#search')!;
      search.value = 'zzzz-nothing-matches';
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await finder.updateComplete;
      search.value = '';
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await finder.updateComplete;
      expect(root.querySelectorAll('.result').length).to.equal(3);
      expect(errors).to.have.length(0);
      await expect(finder).to.be.accessible();
    });
  }

  it('keeps the snapshot through renders that are not ready, and replaces it at the first that is', async () => {
    const tag = `prerendered-test-${++count}`;
    class Loading extends LitElement {
      static override properties = { loaded: { type: Boolean } };
      declare loaded: boolean;
      readonly prerendered = new PrerenderedController(this, { ready: () => this.loaded });
      constructor() {
        super();
        this.loaded = false;
      }
      protected override render() {
        if (!this.loaded) return this.prerendered.showing ? nothing : html`<p id="loading">Loading</p>`;
        return html`<p id="own">Own content</p>`;
      }
    }
    const el = parse(
      `<${tag} data-hart-version="${VERSIONS[0]}"><template shadowrootmode="open"><p id="snapshot">Snapshot</p></template></${tag}>`,
    );
    customElements.define(tag, Loading);
    const element = el as Loading;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('#snapshot')).to.not.equal(null);
    expect(element.shadowRoot!.querySelector('#loading')).to.equal(null);
    element.loaded = true;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('#snapshot')).to.equal(null);
    expect(element.shadowRoot!.querySelector('#own')).to.not.equal(null);
    element.loaded = false;
    await element.updateComplete;
    await waitUntil(() => element.shadowRoot!.querySelector('#loading'));
  });

  it('takes over a snapshot in a closed declarative root and replaces it with its own render (issue #20)', async () => {
    const tag = `hart-help-banner-pre${++count}`;
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent) => void uncaught.push(event.message);
    addEventListener('error', onError);
    try {
      const el = parse(
        `<${tag}><template shadowrootmode="closed"><p id="snapshot">Tampered snapshot</p></template></${tag}>`,
      );
      expect(el.shadowRoot, 'a closed root').to.equal(null);
      let internals: ElementInternals | undefined;
      customElements.define(
        tag,
        class extends HartHelpBanner {
          override attachInternals(): ElementInternals {
            return (internals = super.attachInternals());
          }
        },
      );
      await (el as HartHelpBanner).updateComplete;
      expect(uncaught, 'the upgrade did not throw').to.deep.equal([]);
      const root = internals?.shadowRoot;
      expect(root, 'the element rendered into the closed root').to.not.equal(null);
      expect(root!.querySelector('#snapshot')).to.equal(null);
      expect(root!.querySelectorAll('[part~="container"]')).to.have.length(1);
      expect(root!.querySelector('[part~="exit-button"]')).to.not.equal(null);
      expect(errors).to.have.length(0);
      await expect(el).to.be.accessible();
    } finally {
      removeEventListener('error', onError);
    }
  });

  it('does nothing to an element without a snapshot', async () => {
    const tag = `hart-resource-finder-pre${++count}`;
    customElements.define(tag, class extends HartResourceFinder {});
    const el = parse(`<${tag} page-size="2"></${tag}>`) as HartResourceFinder;
    // Firefox upgrades an element that setHTMLUnsafe made (of a tag already defined) only after
    // setHTMLUnsafe returns, not within it as Chromium and WebKit do: wait for the upgrade.
    await waitUntil(() => el instanceof HartResourceFinder, 'the element was upgraded');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="container"]')).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('.result').length).to.equal(2);
  });
});
