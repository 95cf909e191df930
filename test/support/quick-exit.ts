import { exitNavigation, resetQuickExit } from '../../packages/elements/src/shared/quick-exit.js';

/** Watches quick exit's navigation instead of leaving the test page. */
export function watchExitNavigation(): { urls: string[]; restore(): void } {
  const original = exitNavigation.replace;
  const urls: string[] = [];
  exitNavigation.replace = (url: string) => void urls.push(url);
  return {
    urls,
    restore() {
      exitNavigation.replace = original;
      resetQuickExit();
    },
  };
}

/** Captures console output of one kind while a test runs. */
export function captureConsole(kind: 'warn' | 'error'): { lines: string[]; restore(): void } {
  const original = console[kind];
  const lines: string[] = [];
  console[kind] = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  return { lines, restore: () => void (console[kind] = original) };
}
