import { LitElement, html, nothing } from 'lit';
import { launcherStyles } from './cl-login-help-launcher.styles.js';
import { property, query } from 'lit/decorators.js';
import type { ClLoginHelp } from './cl-login-help.js';
import { emit, type TopicSource } from './events.js';
import { builtInStrings, closestLang, supportedLang } from './i18n/lang.js';
import { ownStrings, type UiStrings } from './i18n/strings.js';
import { pageDefaults } from './page-defaults.js';
import { VERSION } from './version.js';

/**
 * A "Can't sign in?" button that opens the help panel in a native modal
 * `<dialog>`: in the top layer (no z-index fights, ancestors' `transform` or
 * `filter` do not trap it), full screen below 600 px wide. Esc or the close
 * button closes it and focus returns to what opened it.
 *
 * Needs `<cl-login-help>` to be registered too (the script-tag bundle and the
 * npm entry register both).
 *
 * @summary Button that opens the help panel in a modal dialog.
 * @tagname cl-login-help-launcher
 *
 * @fires {CustomEvent} cl-login-help-open - The dialog opened.
 * @fires {CustomEvent} cl-login-help-close - The dialog closed.
 *
 * @csspart button - The "Can't sign in?" button.
 * @csspart dialog - The `<dialog>`.
 * @csspart close - The dialog's close button.
 * @csspart panel - The `<cl-login-help>` inside the dialog (its own parts are not re-exported).
 *
 * @cssprop [--cl-login-help-accent=#0b57d0] - Button colour (shared with the panel).
 * @cssprop [--cl-login-help-accent-text=#ffffff] - Button text colour.
 * @cssprop [--cl-login-help-dialog-width=720px] - Width of the dialog on wide screens.
 */
export class ClLoginHelpLauncher extends LitElement {
  /** The version of this definition. */
  static readonly version = VERSION;

  static override styles = launcherStyles;

  /** URL of a content JSON, passed to the panel. */
  @property({ attribute: 'content-src', reflect: true }) contentSrc = '';

  /** `en` or `es` for the button, the dialog and the panel; else the page's closest `lang`. */
  @property() override lang = '';

  /** Fixes the button in the page's bottom corner. */
  @property({ type: Boolean, reflect: true }) floating = false;

  /** Your URLs for the content's destination keys, passed to the panel (see `<cl-login-help>` `destinations`). */
  @property({ attribute: false }) destinations: Record<string, string> = {};

  /** Replacements for single UI strings, passed to the panel (see `<cl-login-help>` `strings`). */
  @property({ attribute: false }) strings: Partial<UiStrings> = {};

  /** Which service(s) this page signs in to, passed to the panel (see `<cl-login-help>` `context`). */
  @property({ reflect: true }) context = '';

  /** Up to five answers the panel offers first, passed to it (see `<cl-login-help>` `suggestions`). */
  @property({ attribute: false }) suggestions: readonly string[] = [];

  /** Renders no button: the dialog opens only through `open()` or help links. */
  @property({ type: Boolean, reflect: true, attribute: 'no-button' }) noButton = false;

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('cl-login-help') private panel!: ClLoginHelp;

  #opener: HTMLElement | null = null;

  /** Whether the dialog is open. */
  get isOpen() {
    return !!this.dialog?.open;
  }

  /**
   * Opens the dialog, at `topicId` when given; `'email/forgot-password'`
   * opens that answer of the topic.
   *
   * @param source Where the opening came from, for `cl-login-help-topic` (default `api`).
   */
  async open(topicId?: string, source: TopicSource = 'api') {
    await this.updateComplete;
    // A launcher that a single-page app removed cannot show a modal.
    if (!this.isConnected) return;
    if (!this.dialog.open) {
      this.#opener = deepActiveElement();
      this.dialog.showModal();
      emit(this, 'cl-login-help-open', {});
    }
    if (topicId) this.panel.show(topicId, '', source);
    else {
      // Opened without a topic: the home screen, starting where a customer
      // types (showModal would pick the close button).
      this.panel.reset();
      await this.panel.updateComplete;
      this.panel.focus();
    }
  }

  /** Closes the dialog; focus returns to what opened it. */
  close() {
    this.dialog?.close();
  }

  override render() {
    const strings = { ...builtInStrings(supportedLang(this.lang || pageDefaults.lang || closestLang(this) || 'en')), ...ownStrings(this.strings) };
    const label = strings.launcher;
    return html`${this.noButton
        ? nothing
        : html`<div class=${this.floating ? 'floating' : ''}>
            <button type="button" part="button" class="open" aria-haspopup="dialog" @click=${() => this.open()}>${label}</button>
          </div>`}
      <dialog part="dialog" aria-label=${label} tabindex="-1" @close=${this.handleClose} @keydown=${this.handleKeydown} @focus=${this.handleDialogFocus} @focusin=${this.handleFocusin}>
        <div class="bar">
          <button type="button" part="close" class="close" aria-label=${strings.close} @click=${() => this.close()}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <cl-login-help
          part="panel"
          content-src=${this.contentSrc || nothing}
          lang=${this.lang || nothing}
          context=${this.context || nothing}
          .suggestions=${this.suggestions}
          .destinations=${this.destinations}
          .strings=${this.strings}
        ></cl-login-help>
      </dialog>`;
  }

  /**
   * Escape closes the dialog ourselves: WebKit's search field swallows it
   * even when empty, so no `cancel` would come. The panel takes Escape first
   * (it clears a filled search and calls preventDefault).
   */
  private handleKeydown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
    event.preventDefault();
    this.close();
  }

  /** The last control inside the dialog that had focus. */
  #lastFocused: HTMLElement | null = null;

  protected override firstUpdated() {
    // Focus moving between the panel's own controls fires no focusin out
    // here (inside its shadow root the panel stays the focused element), so
    // listen there too, once the panel is defined.
    void customElements.whenDefined('cl-login-help').then(() => this.panel?.shadowRoot?.addEventListener('focusin', () => this.handleFocusin()));
  }

  private handleFocusin() {
    const active = deepActiveElement();
    if (!active || active === this.dialog) return;
    this.#lastFocused = active;
    // A control reached from the keyboard is shown whole. Firefox scrolls a
    // control into view only when none of it is on screen, so Tab could stop
    // on the last related topic with its lower half under the screen's edge;
    // after the engine's own scroll, the rest is brought into view (the
    // dialog's scroll padding keeps it clear of the close button).
    requestAnimationFrame(() => {
      if (deepActiveElement() !== active || !active.matches(':focus-visible') || !this.dialog?.open) return;
      const view = this.dialog.getBoundingClientRect();
      const rect = active.getBoundingClientRect();
      const top = view.top + (parseFloat(getComputedStyle(this.dialog).scrollPaddingTop) || 0);
      if (rect.bottom > view.bottom || rect.top < top) active.scrollIntoView({ block: 'nearest' });
    });
  }

  /**
   * The `<dialog>` itself has no visible focus: when focus lands on it (a
   * click on its padding, Firefox giving focus back to the window), it goes
   * on to the control that had it, else to the panel's search field.
   */
  private handleDialogFocus(event: FocusEvent) {
    if (event.target !== this.dialog) return;
    // (focusin only comes from inside the dialog, so #lastFocused is in it.)
    if (this.#lastFocused?.isConnected) this.#lastFocused.focus();
    else this.panel.focus();
  }

  private handleClose() {
    this.#lastFocused = null;
    emit(this, 'cl-login-help-close', {});
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) opener.focus();
  }
}

/** The focused element, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

declare global {
  interface HTMLElementTagNameMap {
    'cl-login-help-launcher': ClLoginHelpLauncher;
  }
}
