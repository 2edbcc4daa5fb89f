/**
 * The design tokens: the one source of the public `--cl-login-help-*`
 * custom properties (with their light and dark defaults), the type scale,
 * the spacing scale and the radius.
 *
 * `cl-login-help.styles.ts` and the launcher's styles build their `:host`
 * declarations from these lists, and Storybook's tokens page and theme builder
 * read the same lists, so the page and the styles cannot drift apart.
 * Everything here is a build-time constant of this package (never input), so
 * it may pass through Lit's `unsafeCSS` (here, so that the element styles,
 * which only interpolate the results, still get their CSS minified).
 */
import { unsafeCSS, type CSSResult } from 'lit';

/** One public custom property (what it changes is in the class JSDoc, and so in custom-elements.json). */
export interface Token {
  /** The public name, set by a host page. */
  readonly name: `--cl-login-help-${string}`;
  /** `color` tokens have a dark default too; the others are one value. */
  readonly kind: 'color' | 'font-family' | 'length';
  /** The default (light scheme). */
  readonly light: string;
  /** The default under `prefers-color-scheme: dark` (colours only). */
  readonly dark?: string;
  /** Which element reads it: both, or only the panel or the launcher. */
  readonly usedBy: 'both' | 'panel' | 'launcher';
}

/** Every public custom property, in the order of the class JSDoc. */
export const TOKENS = [
  { name: '--cl-login-help-accent', kind: 'color', light: '#0b57d0', dark: '#a8c7fa', usedBy: 'both' },
  { name: '--cl-login-help-accent-text', kind: 'color', light: '#ffffff', dark: '#0a1a33', usedBy: 'both' },
  { name: '--cl-login-help-text', kind: 'color', light: '#1b1b1f', dark: '#e6e6ea', usedBy: 'both' },
  { name: '--cl-login-help-muted', kind: 'color', light: '#4c4f56', dark: '#c0c3ca', usedBy: 'panel' },
  { name: '--cl-login-help-background', kind: 'color', light: '#ffffff', dark: '#16171a', usedBy: 'both' },
  { name: '--cl-login-help-surface', kind: 'color', light: '#f3f5f9', dark: '#23252a', usedBy: 'both' },
  { name: '--cl-login-help-border', kind: 'color', light: '#767a82', dark: '#9a9ea7', usedBy: 'panel' },
  { name: '--cl-login-help-mark', kind: 'color', light: '#fff0a8', dark: '#5c4a00', usedBy: 'panel' },
  { name: '--cl-login-help-focus', kind: 'color', light: '#0b57d0', dark: '#a8c7fa', usedBy: 'both' },
  {
    name: '--cl-login-help-font-family',
    kind: 'font-family',
    light: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    usedBy: 'both',
  },
  { name: '--cl-login-help-font-size', kind: 'length', light: '16px', usedBy: 'both' },
  { name: '--cl-login-help-radius', kind: 'length', light: '8px', usedBy: 'both' },
  { name: '--cl-login-help-spacing', kind: 'length', light: '16px', usedBy: 'panel' },
  { name: '--cl-login-help-max-width', kind: 'length', light: '720px', usedBy: 'panel' },
  { name: '--cl-login-help-dialog-width', kind: 'length', light: '720px', usedBy: 'launcher' },
] as const satisfies readonly Token[];

export type TokenName = (typeof TOKENS)[number]['name'];

/** The tokens that are colours (they have a dark default). */
export const COLOR_TOKENS = TOKENS.filter((token): token is Extract<(typeof TOKENS)[number], { kind: 'color' }> => token.kind === 'color');

/** The private property a token is read into on `:host`: `--cl-login-help-accent` → `--_accent`. */
export const privateName = (name: string) => name.replace('--cl-login-help-', '--_');

/**
 * The spacing scale: steps of `--cl-login-help-spacing` (16px by default).
 * Boxes (entries, callouts, feedback, contact) pad by these steps, so the
 * start edges of their text line up with each other and with the panel's.
 */
export const SPACING = [
  { name: '--_space-1', factor: 0.25 },
  { name: '--_space-2', factor: 0.5 },
  { name: '--_space-3', factor: 0.75 },
  { name: '--_spacing', factor: 1 },
] as const;

/** The type scale: sizes in em of `--cl-login-help-font-size`, and their line heights (`--_type-title-leading`). */
export const TYPE_SCALE = [
  { name: '--_type-title', size: '1.5em', lineHeight: '1.25' },
  { name: '--_type-heading', size: '1.125em', lineHeight: '1.3' },
  { name: '--_type-body', size: '1em', lineHeight: '1.5' },
  { name: '--_type-small', size: '0.9375em', lineHeight: '1.5' },
  { name: '--_type-fine', size: '0.875em', lineHeight: '1.5' },
] as const;

/** Radii besides the `--cl-login-help-radius` token (read into `--_radius`): fixed ones. */
export const RADII = [{ name: '--_radius-mark', value: '2px' }] as const;

type Scheme = 'light' | 'dark';

/**
 * CSS declarations that read the public tokens into private ones with their
 * defaults: `--_accent: var(--cl-login-help-accent, #0b57d0);`. `light` gives
 * every token `used` by the element; `dark` only the colours' dark defaults.
 */
export function tokenDeclarations(scheme: Scheme, used: 'panel' | 'launcher'): string {
  return TOKENS.filter((token) => token.usedBy === 'both' || token.usedBy === used)
    .filter((token) => scheme === 'light' || token.kind === 'color')
    .map((token) => `${privateName(token.name)}: var(${token.name}, ${scheme === 'dark' && 'dark' in token ? token.dark : token.light});`)
    .join('\n');
}

/** The spacing and type scale as private properties (declared after `--_spacing`). */
export function scaleDeclarations(): string {
  return [
    ...SPACING.filter((step) => step.factor !== 1).map((step) => `${step.name}: calc(var(--_spacing) * ${step.factor});`),
    ...TYPE_SCALE.flatMap((step) => [`${step.name}: ${step.size};`, `${step.name}-leading: ${step.lineHeight};`]),
    ...RADII.map((radius) => `${radius.name}: ${radius.value};`),
  ].join('\n');
}

/** The default value of a token in a scheme (a length or font has one value for both). */
export function defaultValue(name: TokenName, scheme: Scheme = 'light'): string {
  const token: Token = TOKENS.find((t) => t.name === name)!;
  return (scheme === 'dark' && token.dark) || token.light;
}

/** `tokenDeclarations` as a stylesheet part for Lit's `css` tag. */
export const tokenStyles = (scheme: Scheme, used: 'panel' | 'launcher'): CSSResult => unsafeCSS(tokenDeclarations(scheme, used));

/** `scaleDeclarations` as a stylesheet part for Lit's `css` tag. */
export const scaleStyles = (): CSSResult => unsafeCSS(scaleDeclarations());
