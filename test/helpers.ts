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
