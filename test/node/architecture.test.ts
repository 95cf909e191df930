// docs/architecture.md names only paths that exist and `npm run` scripts that exist, and the import
// rules it states hold: the SDK imports no DOM and no Lit, and the elements reach the SDK only
// through its package exports.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const doc = readFileSync('docs/architecture.md', 'utf8');

/** The element folders `<folder>` stands for on the page. */
const FOLDERS = ['help-banner', 'red-flag-quiz', 'resource-finder', 'training-request'];
/** Top-level folders of the repository: a backticked path starting with one of them is checked. */
const ROOTS = ['packages', 'test', 'docs', 'stories', 'scripts', 'site', 'demo', 'bench', '.storybook'];
/** Files at the top of the repository named without a folder. */
const ROOT_FILE = /^(?:\.size-limit\.mjs|[\w-]+\.config\.mjs|tsconfig[\w.]*\.json|README\.md)$/;
/** Written by the build, so absent from a fresh checkout. */
const BUILD_OUTPUT = /(?:^|\/)(?:dist|dist-size|storybook-static)(?:\/|$)|(?:^|\/)custom-elements\.json$/;

/** Every backticked token that looks like a path (has a slash, or names a top-level file). */
const named = [...new Set([...doc.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]!))].filter(
  (token) => !token.startsWith('@') && !/^[a-z]+:/.test(token) && (token.includes('/') || ROOT_FILE.test(token)),
);
const repositoryPaths = named.filter((token) => ROOT_FILE.test(token) || ROOTS.includes(token.split('/')[0]!));

/** `<folder>` expanded over the element folders. */
const expand = (path: string) =>
  path.includes('<folder>') ? FOLDERS.map((folder) => path.replaceAll('<folder>', folder)) : [path];

/** Whether a path exists; `*` in its last segment matches any characters. */
function exists(path: string): boolean {
  const trimmed = path.replace(/\/$/, '');
  const name = basename(trimmed);
  if (!name.includes('*')) return existsSync(trimmed);
  const pattern = new RegExp(
    `^${name
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  const dir = dirname(trimmed);
  return existsSync(dir) && readdirSync(dir).some((entry) => pattern.test(entry));
}

describe('docs/architecture.md', () => {
  it('names repository paths, each by its full path from the repository root', () => {
    assert.ok(repositoryPaths.length >= 40, `only ${repositoryPaths.length} paths`);
    // A path-like token outside the repository roots is a short form (`shared/links.ts`) that cannot be checked.
    const unchecked = named.filter(
      (token) =>
        !repositoryPaths.includes(token) &&
        /\.[a-z]+$/.test(token) &&
        !token.includes('*') &&
        !BUILD_OUTPUT.test(token),
    );
    assert.deepEqual(unchecked, [], 'write these as paths from the repository root');
  });

  it('names only paths that exist', () => {
    const missing = repositoryPaths
      .filter((path) => !BUILD_OUTPUT.test(path))
      .flatMap(expand)
      .filter((path) => !exists(path));
    assert.deepEqual(missing, []);
  });

  it('names only npm scripts that exist', () => {
    const scripts = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>);
    const used = [...new Set([...doc.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!))];
    assert.ok(used.length >= 10, `only ${used.length} scripts`);
    assert.deepEqual(
      used.filter((name) => !scripts.includes(name)),
      [],
    );
  });
});

/** Every .ts file under `dir`. */
const tsFiles = (dir: string) =>
  (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f));
const parse = (file: string) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);

/** Module specifiers of a file's imports, re-exports, `import()` calls and `import('…')` types. */
function specifiers(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      found.push(node.moduleSpecifier.text);
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    )
      found.push(node.arguments[0].text);
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal))
      found.push(node.argument.literal.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Browser DOM globals; Web Storage, `fetch`, `URL` and `location` are not DOM and work without one. */
const DOM_GLOBALS = new Set([
  'document',
  'window',
  'customElements',
  'HTMLElement',
  'Element',
  'ShadowRoot',
  'DocumentFragment',
  'MutationObserver',
  'CSSStyleSheet',
]);

/** Where `source` reads a DOM global (as a value or a type), as `file:line name`. */
function domUses(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const at = (node: ts.Node, name: string) =>
    `${source.fileName}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${name}`;
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && DOM_GLOBALS.has(node.text)) {
      const parent = node.parent;
      // `x.document`, `{ document: … }` and declarations named so are not the global; `globalThis.document` and `{ document }` are.
      const isName = (parent as { name?: ts.Node }).name === node && !ts.isShorthandPropertyAssignment(parent);
      const onGlobal =
        ts.isPropertyAccessExpression(parent) &&
        parent.name === node &&
        ts.isIdentifier(parent.expression) &&
        ['globalThis', 'self', 'window'].includes(parent.expression.text);
      if (!isName || onGlobal) found.push(at(node, node.text));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('import rules (docs/architecture.md, "Two packages")', () => {
  const sdkFiles = tsFiles('packages/sdk/src');

  it('the SDK imports zod and its own modules only (and Node built-ins in the CLI): no Lit, no elements', () => {
    assert.ok(sdkFiles.length >= 20, `${sdkFiles.length} files`);
    const wrong = sdkFiles.flatMap((file) =>
      specifiers(parse(file))
        .filter(
          (s) =>
            !s.startsWith('.') &&
            !/^zod(?:\/|$)/.test(s) &&
            !(relative('packages/sdk/src', file) === 'cli.ts' && s.startsWith('node:')),
        )
        .map((s) => `${file}: ${s}`),
    );
    assert.deepEqual(wrong, []);
  });

  it('the SDK uses no DOM', () => {
    assert.deepEqual(
      sdkFiles.flatMap((file) => domUses(parse(file))),
      [],
    );
  });

  it('the elements import Lit and the SDK through its package exports only', () => {
    const sdkPackage = JSON.parse(readFileSync('packages/sdk/package.json', 'utf8')) as {
      exports: Record<string, unknown>;
    };
    const exported = Object.keys(sdkPackage.exports).map(
      (key) =>
        new RegExp(
          `^${key
            .replace(/^\./, '@ct-hart/sdk')
            .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
            .replace('*', '[\\w/-]+')}$`,
        ),
    );
    const wrong = tsFiles('packages/elements/src').flatMap((file) =>
      specifiers(parse(file))
        .filter((s) => {
          if (s.startsWith('.')) return !join(dirname(file), s).startsWith('packages/elements/src');
          if (s.startsWith('@ct-hart/sdk')) return !exported.some((pattern) => pattern.test(s));
          return !/^(?:lit|lit-html|lit-element)(?:\/|$)|^@lit\//.test(s);
        })
        .map((s) => `${file}: ${s}`),
    );
    assert.deepEqual(wrong, []);
  });
});

describe('events (docs/architecture.md, point 4)', () => {
  it('every HART event is a typed Event subclass with its data as fields, never a CustomEvent', () => {
    const events = tsFiles('packages/elements/src').filter((file) =>
      readFileSync(file, 'utf8').includes('static readonly eventName'),
    );
    assert.ok(events.length >= 3, `${events.length} event modules`);
    const custom = events.filter((file) => /extends CustomEvent\b/.test(readFileSync(file, 'utf8')));
    assert.deepEqual(custom, []);
  });
});
