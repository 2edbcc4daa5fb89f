import { css } from 'lit';
import { tokenStyles } from './tokens.js';

/** The launcher's button and dialog. */
export const launcherStyles = css`
  /* The panel's theme properties, read into private ones with light and dark defaults (from tokens.ts). */
  :host {
    ${tokenStyles('light', 'launcher')}
    display: inline-block;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      ${tokenStyles('dark', 'launcher')}
    }
  }
  :host([no-button]) {
    display: contents;
  }
  /* On a wrapper inside the shadow root, where a host page's all: unset cannot move it. */
  .floating {
    position: fixed;
    inset-inline-end: 16px;
    inset-block-end: 16px;
    z-index: 2147483000;
  }
  button {
    all: initial;
    box-sizing: border-box;
    cursor: pointer;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.25;
  }
  .open {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 10px 18px;
    /* The panel's corners (--cl-login-help-radius): 0px gives a square button too. */
    border-radius: var(--_radius);
    border: 2px solid transparent;
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
  }
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  dialog {
    box-sizing: border-box;
    width: min(var(--_dialog-width), calc(100vw - 32px));
    max-width: none;
    max-height: calc(100dvh - 32px);
    /* Keeps the dialog from jumping in height while results change. */
    min-height: min(560px, calc(100dvh - 32px));
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    overflow: auto;
    overscroll-behavior: contain;
    /* Room for the close button when a focused element scrolls into view. */
    scroll-padding-top: 56px;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  @media (max-width: 599.98px) {
    dialog {
      width: 100vw;
      height: 100dvh;
      max-height: none;
      margin: 0;
      border-radius: 0;
    }
  }
  /* A compact header: the close button floats in the panel's top corner
     (no band of its own) and the panel's first lines wrap around it; it
     stays in view (sticky) while the dialog scrolls. */
  .bar {
    float: inline-end;
    position: sticky;
    top: 8px;
    z-index: 1;
    margin: 8px 8px 0 4px;
  }
  .close {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 44px;
    min-height: 44px;
    border-radius: var(--_radius);
    background: var(--_background);
    color: inherit;
    font-size: 28px;
    line-height: 1;
  }
  .close:hover {
    background: var(--_surface);
  }
  cl-login-help {
    max-width: none;
  }
  @media (forced-colors: active) {
    .open {
      border-color: ButtonText;
    }
    dialog {
      border: 1px solid CanvasText;
    }
  }
`;
