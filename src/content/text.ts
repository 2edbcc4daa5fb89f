/**
 * Content as plain text: what search indexes and what accessible names read.
 * Used by the renderer and the search; it validates nothing.
 */
import type { Block, Inline } from './schema.js';

/** The plain text of inline content, for search and for accessible names. */
const inlineText = (inlines: readonly Inline[]): string =>
  inlines.map((piece) => (typeof piece === 'string' ? piece : piece.type === 'phone' ? piece.text ?? formatPhone(piece.number) : piece.text)).join('');

/** The plain text of a block, for the search index. */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'tip':
    case 'note':
    case 'footnote':
      return inlineText(block.content);
    case 'list':
    case 'steps':
      return block.items.map(inlineText).join(' ');
    case 'table':
      return [block.caption, ...block.columns, ...block.rows.flat().map((cell) => ('steps' in cell ? cell.steps.map(inlineText).join(' ') : inlineText(cell)))].join(' ');
    case 'actions':
      return inlineText(block.items);
    case 'contact':
      return '';
  }
}

/** 8008602255 → 800-860-2255; 18008602255 → 1-800-860-2255; others as given. */
export function formatPhone(digits: string): string {
  const m = /^(1?)(\d{3})(\d{3})(\d{4})$/.exec(digits);
  return m ? `${m[1] ? '1-' : ''}${m[2]}-${m[3]}-${m[4]}` : digits;
}
