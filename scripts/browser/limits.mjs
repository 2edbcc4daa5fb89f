// What each engine cannot do here, named once: the reasons skipped tests' titles carry.

export const engineNames = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** The narrowest viewport each engine's window can have (MiniBrowser's window cannot be narrower). */
export const minWidth = { chromium: 0, firefox: 0, webkit: 447 };

/** Thrown for what an engine cannot do here; the message is the reason a skipped test's title names. */
export class EngineCannot extends Error {
  name = 'EngineCannot';
  constructor(engine, reason) {
    super(reason);
    this.engine = engine;
  }
}

/**
 * Why `engine` cannot open a page as asked ({ width, colorScheme,
 * forcedColors, reducedMotion }), or null. WebKit's WebDriver has no media
 * emulation; its window has a minimum width.
 */
export function limitOf(engine, { width, colorScheme, forcedColors, reducedMotion } = {}) {
  if (width !== undefined && width < minWidth[engine]) return `its window cannot be narrower than ${minWidth[engine]} px`;
  if (engine !== 'webkit') return null;
  if (colorScheme && colorScheme !== 'light') return `it cannot emulate prefers-color-scheme: ${colorScheme}`;
  if (forcedColors && forcedColors !== 'none') return 'it cannot emulate forced colours';
  if (reducedMotion && reducedMotion !== 'no-preference') return `it cannot emulate prefers-reduced-motion: ${reducedMotion}`;
  return null;
}

export const cannot = (engine, reason) => {
  throw new EngineCannot(engine, reason);
};

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
