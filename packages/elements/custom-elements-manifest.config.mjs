// The custom elements manifest (custom-elements.json), the one source of the docs' settings tables,
// Storybook's controls and editors' hints: `cem analyze` reads this file (npm run build).

/**
 * A Lit property declared `{ state: true }` is internal reactive state, never an attribute (Lit's
 * `state` implies `attribute: false`). The analyzer's Lit support lists it among the element's
 * attributes all the same (open-wc/custom-elements-manifest#294), so the manifest offered partners
 * `phase`, `values` or `announcement` as attributes to set. This takes them out again.
 */
function stateIsNoAttribute() {
  /** Class name → the names of its `state: true` properties. */
  const states = new Map();
  return {
    name: 'hart-state-is-no-attribute',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const properties = node.members.find(
        (member) =>
          ts.isPropertyDeclaration(member) &&
          member.name.getText() === 'properties' &&
          member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword),
      );
      if (!properties?.initializer || !ts.isObjectLiteralExpression(properties.initializer)) return;
      const names = properties.initializer.properties
        .filter(
          (property) =>
            ts.isPropertyAssignment(property) &&
            ts.isObjectLiteralExpression(property.initializer) &&
            property.initializer.properties.some(
              (option) =>
                ts.isPropertyAssignment(option) &&
                option.name.getText() === 'state' &&
                option.initializer.kind === ts.SyntaxKind.TrueKeyword,
            ),
        )
        .map((property) => property.name.getText());
      if (names.length) states.set(node.name.getText(), new Set(names));
    },
    // Before the package link phase, where subclasses inherit their superclass's attributes.
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const names = states.get(declaration.name);
        if (!names) continue;
        declaration.attributes = declaration.attributes?.filter((attribute) => !names.has(attribute.fieldName));
        for (const member of declaration.members ?? []) if (names.has(member.name)) delete member.attribute;
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: '.',
  litelement: true,
  plugins: [stateIsNoAttribute()],
};
