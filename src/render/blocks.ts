/**
 * The renderer of content: blocks, inline pieces, actions and links, as Lit
 * templates. Content strings are only ever rendered as text, and URLs only
 * when they pass `SAFE_URL_PATTERN`. It needs no element: the panel and the
 * Storybook content pages pass a small `RenderContext`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { SAFE_URL_PATTERN, type Action, type Block, type Content, type Inline, type TableCell } from '../content/schema.js';
import { formatPhone } from '../content/text.js';
import { fill, type UiStrings } from '../i18n/strings.js';
import type { Segment } from '../search/search.js';

/** What rendering content needs from the page around it. */
export interface RenderContext {
  /** UI words used inside content ("Tip:", "Call {number}"). */
  strings: Pick<UiStrings, 'tip' | 'note' | 'call'>;
  /** The content's contact options, shown by a `contact` block. */
  contact: Content['contact'];
  /** The URL for a destination key, or undefined when there is none (the link is then plain text). */
  destination(key: string): string | undefined;
  /** A phone or chat option was chosen (the event is the click). */
  onContact(event: Event, channel: 'chat' | 'phone'): void;
}

/** One content block. */
export function renderBlock(block: Block, ctx: RenderContext): TemplateResult {
  const s = ctx.strings;
  switch (block.type) {
    case 'paragraph':
      return html`<p>${renderInlines(block.content, ctx)}</p>`;
    case 'tip':
      return html`<div class="callout tip" role="note"><p><strong>${s.tip}</strong> ${renderInlines(block.content, ctx)}</p></div>`;
    case 'note':
      return html`<div class="callout note" role="note"><p><strong>${s.note}</strong> ${renderInlines(block.content, ctx)}</p></div>`;
    case 'list':
      return html`<ul>${block.items.map((item) => html`<li>${renderInlines(item, ctx)}</li>`)}</ul>`;
    case 'steps':
      return html`<ol>${block.items.map((item) => html`<li>${renderInlines(item, ctx)}</li>`)}</ol>`;
    case 'table':
      return html`<div class="table-scroll"><table>
        <caption>${block.caption}</caption>
        <thead><tr>${block.columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
        <tbody>
          ${block.rows.map(
            ([first, ...rest]) => html`<tr>
              <th scope="row">${renderCell(first, ctx)}</th>
              ${rest.map((cell) => html`<td>${renderCell(cell, ctx)}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table></div>`;
    case 'footnote':
      return html`<p class="footnote">${block.marker} ${renderInlines(block.content, ctx)}</p>`;
    case 'contact':
      return renderContact(ctx);
    case 'actions':
      return html`<div class="actions">${block.items.map((action) => renderAction(action, ctx))}</div>`;
  }
}

/** Blocks in order. */
export const renderBlocks = (blocks: readonly Block[], ctx: RenderContext) => blocks.map((block) => renderBlock(block, ctx));

/** The contact options: title, optional text, and the actions. */
export function renderContact(ctx: RenderContext) {
  const contact = ctx.contact;
  return html`<section part="contact" class="contact" aria-labelledby="contact-heading">
    <h3 id="contact-heading">${contact.title}</h3>
    ${contact.content ? html`<p>${renderInlines(contact.content, ctx)}</p>` : nothing}
    <div class="actions">${contact.actions.map((action) => renderAction(action, ctx))}</div>
  </section>`;
}

function renderCell(cell: TableCell, ctx: RenderContext) {
  return 'steps' in cell ? html`<ol>${cell.steps.map((step) => html`<li>${renderInlines(step, ctx)}</li>`)}</ol>` : renderInlines(cell, ctx);
}

/** Inline pieces in order. */
export function renderInlines(inlines: readonly Inline[], ctx: RenderContext) {
  return inlines.map((piece) => renderInline(piece, ctx));
}

/** An action button: a phone number without words of its own reads "Call 800-860-2255". */
export function renderAction(action: Action, ctx: RenderContext) {
  return action.type === 'phone' && !action.text
    ? renderInline({ ...action, text: fill(ctx.strings.call, { number: formatPhone(action.number) }) }, ctx)
    : renderInline(action, ctx);
}

/** Content strings are only ever rendered as text; URLs only when safe. */
export function renderInline(piece: Inline | Action, ctx: RenderContext): unknown {
  if (typeof piece === 'string') return piece;
  switch (piece.type) {
    case 'em':
      return html`<em>${piece.text}</em>`;
    case 'strong':
      return html`<strong>${piece.text}</strong>`;
    case 'link':
      return renderLink(piece.href, piece.text);
    case 'destination':
      return renderLink(ctx.destination(piece.destination), piece.text);
    case 'phone': {
      const digits = piece.number.replace(/\D/g, '');
      const tel = digits.length === 10 ? `+1${digits}` : digits.length === 11 && digits[0] === '1' ? `+${digits}` : digits;
      return html`<a class="phone" href="tel:${tel}" @click=${(event: Event) => ctx.onContact(event, 'phone')}>${piece.text ?? formatPhone(digits)}</a>`;
    }
    case 'chat': {
      const fallback = ctx.destination('contact');
      return fallback
        ? html`<a href=${fallback} @click=${(event: Event) => ctx.onContact(event, 'chat')}>${piece.text}</a>`
        : html`<button type="button" class="text-button" @click=${(event: Event) => ctx.onContact(event, 'chat')}>${piece.text}</button>`;
    }
  }
}

/** A link when the URL is safe, else its text alone. */
export function renderLink(href: string | undefined, text: string) {
  return href && SAFE_URL_PATTERN.test(href) ? html`<a href=${href}>${text}</a>` : text;
}

/** Text runs from search, the matched ones in `<mark>` (always as text, never HTML). */
export function renderSegments(segments: readonly Segment[]) {
  return segments.map((segment) => (segment.mark ? html`<mark>${segment.text}</mark>` : segment.text));
}
