import { fixture, html } from '@open-wc/testing';
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
