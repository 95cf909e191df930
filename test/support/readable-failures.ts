// Every browser test file gets this first (web-test-runner.config.mjs, `readableFailures`).
//
// A failed assertion that compares DOM nodes (`expect(focused(el)).to.equal(button)`) keeps the
// nodes as the error's `actual` and `expected`. web-test-runner sends them to the server through a
// JSON serializer that walks each node's properties, which never finishes in WebKit: the file then
// runs into its time limit and reports no test at all, the failure included. Here every chai
// assertion error, wherever it is thrown (a test, a hook, a helper), has its nodes replaced by a
// short description as it is made, so the failure is reported in every engine and says what it saw.
import { chai } from '@open-wc/testing';

function describeNode(value: unknown): unknown {
  if (Array.isArray(value)) return value.some((item) => item instanceof Node) ? value.map(describeNode) : value;
  if (!(value instanceof Node)) return value;
  if (!(value instanceof Element)) return value.nodeName;
  const id = value.id ? `#${value.id}` : '';
  const classes = [...value.classList].map((name) => `.${name}`).join('');
  const text = value.textContent?.trim().replace(/\s+/g, ' ').slice(0, 40);
  return `<${value.localName}${id}${classes}>${text ? ` "${text}"` : ''}`;
}

chai.use(({ Assertion }) => {
  // Every assertion of chai and its plugins ends in `assert`, which throws the AssertionError.
  const assert = Assertion.prototype.assert;
  Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
    try {
      assert.apply(this, args);
    } catch (error) {
      const failure = error as { actual?: unknown; expected?: unknown };
      failure.actual = describeNode(failure.actual);
      failure.expected = describeNode(failure.expected);
      throw error;
    }
  };
});
