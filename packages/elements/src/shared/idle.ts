/**
 * Runs `task` when the browser is next idle (at the latest 2 s on), or after a short delay where
 * there is no idle callback. Widgets fetch what they need after their first render this way (the
 * form's validator, the finder's search engine): early enough to be there before anyone uses it,
 * late enough not to compete with the page loading.
 */
export const whenIdle = (task: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
};
