// wtr's `sendKeys` command in every engine (test/browser-engines.mjs): Puppeteer's keyboard in
// Chromium and Firefox, WebDriver key actions in WebKit, where the launcher has no keys of its own.

/** Puppeteer key names → WebDriver key code points (https://w3c.github.io/webdriver/#keyboard-actions). */
const WEBDRIVER_KEYS = {
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Space: ' ',
  Backspace: '\uE003',
  Delete: '\uE017',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
};
const webdriverKey = (key) =>
  WEBDRIVER_KEYS[key] ??
  (/^Key[A-Z]$/.test(key) ? key.slice(3).toLowerCase() : /^Digit\d$/.test(key) ? key.slice(5) : key);

export async function sendKeys(session, payload) {
  if (session.browser.type === 'puppeteer') {
    const { keyboard } = session.browser.getPage(session.id);
    // Puppeteer over WebDriver BiDi (Firefox) knows the space bar only as ' '.
    const key = (name) => (name === 'Space' ? ' ' : name);
    if ('type' in payload) await keyboard.type(payload.type);
    else if ('press' in payload) await keyboard.press(key(payload.press));
    else if ('down' in payload) await keyboard.down(key(payload.down));
    else if ('up' in payload) await keyboard.up(key(payload.up));
    return true;
  }
  const driver = session.browser.driver;
  let actions;
  if ('type' in payload)
    actions = [...payload.type].flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
  else if ('press' in payload)
    actions = [
      { type: 'keyDown', value: webdriverKey(payload.press) },
      { type: 'keyUp', value: webdriverKey(payload.press) },
    ];
  else if ('down' in payload) actions = [{ type: 'keyDown', value: webdriverKey(payload.down) }];
  else if ('up' in payload) actions = [{ type: 'keyUp', value: webdriverKey(payload.up) }];
  // Input state (a held Shift) persists across performActions calls until releaseActions.
  await driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
  return true;
}
