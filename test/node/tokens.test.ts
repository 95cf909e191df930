// Every --hart-* custom property an element's stylesheets use is documented on THAT element (its
// @cssprop JSDoc), and every one it documents is used by its stylesheets; all of them are listed in
// docs/theming.md. "Its stylesheets" are the ones in the element's `static styles`, followed through
// the imports, so a token used only by the finder but documented on the banner fails both elements.
// A token's default value is set once, in packages/elements/src/shared/theme.styles.ts; every place
// that writes it for a reader (an element's @cssprop, the table in docs/theming.md) must say the same.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const src = 'packages/elements/src';
const TOKEN_USE = /var\(\s*(--hart-[a-z0-9-]+)/g;
const tokens = (text: string, pattern: RegExp) => new Set([...text.matchAll(pattern)].map((m) => m[1]!));
const sorted = (set: Iterable<string>) => [...set].sort();

const parsed = new Map<string, ts.SourceFile>();
function parse(file: string): ts.SourceFile {
  let sourceFile = parsed.get(file);
  if (!sourceFile) {
    sourceFile = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    parsed.set(file, sourceFile);
  }
  return sourceFile;
}

/** The `.ts` file a relative import specifier (`'../shared/theme.styles.js'`) names. */
function resolveImport(fromFile: string, specifier: string): string {
  assert.ok(
    specifier.startsWith('.'),
    `${fromFile}: styles imported from package '${specifier}' cannot be followed; import them from a file in ${src}`,
  );
  const file = join(dirname(fromFile), specifier).replace(/\.js$/, '.ts');
  assert.ok(existsSync(file), `${fromFile}: '${specifier}' does not resolve to ${file}`);
  return file;
}

/**
 * Tokens used by the stylesheet expression `node` in `file`: a `css` tagged template (and what
 * its `${…}` parts name), an array of stylesheets, or an identifier declared in the same file or
 * imported from another one.
 */
function tokensOfExpression(file: string, node: ts.Expression, seen: Set<string>): Set<string> {
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node))
    return tokensOfExpression(file, node.expression, seen);
  if (ts.isIdentifier(node)) return tokensOfIdentifier(file, node.text, seen);
  if (ts.isArrayLiteralExpression(node)) {
    const used = new Set<string>();
    for (const element of node.elements) {
      const inner = ts.isSpreadElement(element) ? element.expression : element;
      for (const token of tokensOfExpression(file, inner, seen)) used.add(token);
    }
    return used;
  }
  if (ts.isTaggedTemplateExpression(node)) {
    const template = node.template;
    const used = tokens(template.getText(), TOKEN_USE);
    if (ts.isTemplateExpression(template)) {
      for (const span of template.templateSpans) {
        // `${otherStyles}` composes another stylesheet; literals and unsafeCSS(…) of constants carry no token use we could follow.
        if (ts.isIdentifier(span.expression))
          for (const token of tokensOfIdentifier(file, span.expression.text, seen)) used.add(token);
      }
    }
    return used;
  }
  assert.fail(
    `${file}:${node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1}: cannot follow the stylesheet expression \`${node.getText()}\``,
  );
}

/** Tokens used by the stylesheet named `name` in `file` (declared there, or imported into it). */
function tokensOfIdentifier(file: string, name: string, seen: Set<string>): Set<string> {
  const key = `${file}#${name}`;
  if (seen.has(key)) return new Set();
  seen.add(key);
  const sourceFile = parse(file);
  for (const statement of sourceFile.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.name.text === name) {
          assert.ok(declaration.initializer, `${file}: ${name} has no initial value`);
          return tokensOfExpression(file, declaration.initializer, seen);
        }
      }
    }
    if (
      ts.isImportDeclaration(statement) &&
      statement.importClause?.namedBindings &&
      ts.isNamedImports(statement.importClause.namedBindings)
    ) {
      for (const specifier of statement.importClause.namedBindings.elements) {
        if (specifier.name.text === name) {
          const from = resolveImport(file, (statement.moduleSpecifier as ts.StringLiteral).text);
          return tokensOfIdentifier(from, (specifier.propertyName ?? specifier.name).text, seen);
        }
      }
    }
    if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const specifier of statement.exportClause.elements) {
        if (specifier.name.text === name) {
          const from = resolveImport(file, (statement.moduleSpecifier as ts.StringLiteral).text);
          return tokensOfIdentifier(from, (specifier.propertyName ?? specifier.name).text, seen);
        }
      }
    }
  }
  assert.fail(`${file}: cannot find the stylesheet ${name} (neither declared nor imported by name)`);
}

/** Tokens used by the stylesheets in the `static styles` of the element class in `file`. */
function tokensOfElement(file: string): Set<string> {
  const sourceFile = parse(file);
  for (const statement of sourceFile.statements) {
    if (!ts.isClassDeclaration(statement)) continue;
    for (const member of statement.members) {
      const isStatic =
        ts.canHaveModifiers(member) && ts.getModifiers(member)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
      if (
        isStatic &&
        ts.isPropertyDeclaration(member) &&
        ts.isIdentifier(member.name) &&
        member.name.text === 'styles'
      ) {
        assert.ok(member.initializer, `${file}: static styles has no value`);
        return tokensOfExpression(file, member.initializer, new Set());
      }
    }
  }
  assert.fail(`${file}: no \`static styles = …\` in a class`);
}

// One folder per element, with its class in <folder>/<folder>.ts.
const elementFiles = readdirSync(src, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(src, entry.name, `${entry.name}.ts`)))
  .map((entry) => join(src, entry.name, `${entry.name}.ts`))
  .filter((file) => /^\s*static (override )?styles\b/m.test(readFileSync(file, 'utf8')));
const usedBy = new Map(elementFiles.map((file) => [file, tokensOfElement(file)]));
const used = new Set([...usedBy.values()].flatMap((set) => [...set]));
const theming = readFileSync('docs/theming.md', 'utf8');
const documentedInTheming = tokens(theming, /`(--hart-[a-z0-9-]+)`/g);

describe('design tokens', () => {
  it('are read from the four elements and used at all', () => {
    assert.deepEqual(elementFiles.map((f) => f.slice(src.length + 1)).sort(), [
      'help-banner/help-banner.ts',
      'red-flag-quiz/red-flag-quiz.ts',
      'resource-finder/resource-finder.ts',
      'training-request/training-request.ts',
    ]);
    assert.ok(used.size >= 10, `${used.size} tokens`);
  });

  it('used anywhere in the sources reach an element through its styles', () => {
    const files = (readdirSync(src, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(src, f));
    for (const file of files) {
      const stray = sorted(tokens(readFileSync(file, 'utf8'), TOKEN_USE)).filter((t) => !used.has(t));
      assert.deepEqual(stray, [], `${file} uses tokens no element's static styles reach`);
    }
  });

  it('used in styles are all listed in docs/theming.md, and vice versa', () => {
    assert.deepEqual(
      sorted(used).filter((t) => !documentedInTheming.has(t)),
      [],
      'used but not in docs/theming.md',
    );
    assert.deepEqual(
      sorted(documentedInTheming).filter((t) => !used.has(t)),
      [],
      'in docs/theming.md but not used',
    );
  });

  for (const [file, usedHere] of usedBy) {
    it(`${file}: @cssprop lists exactly the tokens its own styles use`, () => {
      const documented = tokens(readFileSync(file, 'utf8'), /@cssprop (--hart-[a-z0-9-]+)/g);
      assert.deepEqual(
        sorted(usedHere).filter((t) => !documented.has(t)),
        [],
        'used by its styles but not documented on it',
      );
      assert.deepEqual(
        sorted(documented).filter((t) => !usedHere.has(t)),
        [],
        'documented on it but not used by its styles',
      );
    });
  }
});

/** The one definition of each default: `var(--hart-x, default)` in the theme's stylesheet. */
const THEME = 'packages/elements/src/shared/theme.styles.ts';
const themeDefaults = new Map(
  [...readFileSync(THEME, 'utf8').matchAll(/var\(\s*(--hart-[a-z0-9-]+),\s*([^)]+?)\s*\)/g)].map((m) => [m[1]!, m[2]!]),
);
/** `--hart-x` → the default a reader is told, where a text writes one as `` `value` ``. */
function writtenDefaults(text: string, pattern: RegExp): [string, string][] {
  return [...text.matchAll(pattern)].map((m) => [m[1]!, m[2]!]);
}

describe('design token defaults', () => {
  it(`are defined once, in ${THEME}, each token with one fallback`, () => {
    assert.ok(themeDefaults.size >= 10, `${themeDefaults.size} defaults`);
    const files = (readdirSync(src, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(src, f));
    const elsewhere = files.filter(
      (file) => file !== THEME && /var\(\s*--hart-[a-z0-9-]+\s*,/.test(readFileSync(file, 'utf8')),
    );
    assert.deepEqual(elsewhere, [], "a --hart-* fallback outside the theme: read the theme's --_ variable instead");
  });

  it('are the values docs/theming.md gives', () => {
    const written = writtenDefaults(theming, /^\| `(--hart-[a-z0-9-]+)` \|[^|]*\| `([^`]+)`/gm);
    assert.ok(written.length >= 10, `${written.length} defaults in the table`);
    for (const [token, value] of written) assert.equal(value, themeDefaults.get(token), `${token} in docs/theming.md`);
  });

  for (const file of elementFiles) {
    it(`${file}: each @cssprop default is the theme's`, () => {
      const written = writtenDefaults(
        readFileSync(file, 'utf8'),
        /@cssprop (--hart-[a-z0-9-]+) - [^\n]*?Default `([^`]+)`/g,
      );
      assert.ok(written.length >= 5, `${written.length} defaults written`);
      for (const [token, value] of written) assert.equal(value, themeDefaults.get(token), `${token} in ${file}`);
    });
  }
});
