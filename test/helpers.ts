import { fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import type { ClLoginHelp } from '../src/index.js';

/** A fresh panel on the page, rendered. */
export async function panel(template = html`<cl-login-help></cl-login-help>`) {
  const el = await fixture<ClLoginHelp>(template);
  await el.updateComplete;
  return el;
}

export const shadow = (el: Element) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];

/** The text a customer reads in the panel, whitespace collapsed. */
export const visibleText = (root: Element | ShadowRoot) => (root instanceof Element ? root : root.host.shadowRoot!).textContent!.replace(/\s+/g, ' ').trim();
export const textOf = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Types into the search field as a customer does (input events). */
export async function typeQuery(el: ClLoginHelp, query: string) {
  const input = $<HTMLInputElement>(el, '[part=search-input]')!;
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  return input;
}

/** A copy of the built-in content to change in a test. */
export const cloneContent = (el: ClLoginHelp) => JSON.parse(JSON.stringify(el.content));

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/**
 * Runs axe-core with the WCAG 2.2 A/AA tags and `target-size` enabled on
 * `el` (and its shadow tree); returns the violations, one line each.
 */
export async function axeViolations(el: Element): Promise<string[]> {
  // @ts-expect-error: axe-core's browser build registers window.axe
  await import('axe-core/axe.min.js');
  const axe = (window as unknown as { axe: { run: (el: Element, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
  const { violations } = await axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    rules: { 'target-size': { enabled: true } },
  });
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} at ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`));
}

/** WCAG contrast ratio of two CSS colours (rgb()/rgba() as computed). */
export function contrast(a: string, b: string) {
  const luminance = (color: string) => {
    const [r, g, bl] = color.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The engine this run is in (web-test-runner.config.mjs runs Chromium, Firefox and WebKit). */
export type Engine = 'chromium' | 'firefox' | 'webkit';
export const engine = (await executeServerCommand<Engine, undefined>('cl-engine'))!;
const engineName = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' }[engine];

/**
 * `it`, or, when `reason` is given for this engine, a skipped test whose
 * name says why: a test never passes by running a state other than the one
 * it names.
 */
export function itUnless(reasons: Partial<Record<Engine, string>>) {
  const reason = reasons[engine];
  return reason ? (name: string, fn: Mocha.Func | Mocha.AsyncFunc) => it.skip(`${name} [skipped in ${engineName}: ${reason}]`, fn) : it;
}

/** Real key events in every engine: `press` a key, `type` text, or hold (`down`) and release (`up`) one. */
export const sendKeys = (keys: { press: string } | { type: string } | { down: string } | { up: string }) => executeServerCommand('cl-keys', keys);

/** Shift+Tab, with Shift really held. */
export async function shiftTab() {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** A real mouse click at the centre of `target`. */
export async function click(target: Element) {
  target.scrollIntoView({ block: 'nearest' });
  const r = target.getBoundingClientRect();
  await executeServerCommand('cl-click', { x: r.left + r.width / 2, y: r.top + r.height / 2 });
}

export interface Media {
  colorScheme?: 'light' | 'dark';
  forcedColors?: 'active' | 'none';
  reducedMotion?: 'reduce' | 'no-preference';
}

/** Why an engine's driver cannot emulate a media feature; a test that needs one is skipped there. */
export const cannotEmulate: Record<keyof Media, Partial<Record<Engine, string>>> = {
  colorScheme: { webkit: 'its WebDriver cannot emulate prefers-color-scheme' },
  forcedColors: { webkit: 'WebKit has no forced colours mode' },
  reducedMotion: { webkit: 'its WebDriver cannot emulate prefers-reduced-motion' },
};

/**
 * Emulates media features (Chromium: DevTools protocol; Firefox: its
 * preferences). Throws when the page does not then match them, so a test
 * never runs in a state other than the one it names.
 */
export async function emulateMedia(media: Media) {
  const unsupported = await executeServerCommand<string[], Media>('cl-media', media);
  if (unsupported?.length) throw new Error(`${engineName} cannot emulate ${unsupported.join(', ')}`);
  const queries = [
    media.colorScheme && `(prefers-color-scheme: ${media.colorScheme})`,
    media.forcedColors && `(forced-colors: ${media.forcedColors})`,
    media.reducedMotion && `(prefers-reduced-motion: ${media.reducedMotion})`,
  ].filter((q): q is string => !!q);
  for (let i = 0; i < 50 && !queries.every((q) => matchMedia(q).matches); i++) await new Promise((r) => setTimeout(r, 20));
  for (const q of queries) if (!matchMedia(q).matches) throw new Error(`${q} does not match after emulating it`);
}

/** The smallest viewport width an engine's window can have (MiniBrowser's window stops at about 447 px). */
export const minViewportWidth = engine === 'webkit' ? 447 : 0;

/** Sets the viewport (Chromium, Firefox: emulated; WebKit: by resizing the window). Throws if it cannot be reached. */
export async function setViewport(width: number, height: number) {
  const reached = await executeServerCommand<{ width: number; height: number }, { width: number; height: number }>('cl-viewport', { width, height });
  if (innerWidth !== width || innerHeight !== height) await new Promise((r) => setTimeout(r, 50));
  if (innerWidth !== width) throw new Error(`viewport ${width}×${height} asked, ${JSON.stringify(reached)} reached`);
}
