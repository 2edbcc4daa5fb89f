import type { ReactiveController, ReactiveElement } from 'lit';
import { ContentError } from '../content/load.js';
import type { Content, Topic } from '../content/schema.js';
import { onPageDefaults, pageDefaults } from '../page-defaults.js';
import { focusAfterUpdate } from './focus.js';
import { resolveOpening, splitReference } from './resolve.js';
import type { Reference } from './view.js';

/** The panel, as the page's own help sees it. */
interface PageHost extends ReactiveElement {
  /** Its own `context` attribute and `suggestions` property (the page's when empty). */
  readonly context: string;
  readonly suggestions: readonly string[];
}

/**
 * Help for the page the panel is on: the service(s) the page signs in to
 * (`context`, else `data-context` / `setContext()`), which the home screen
 * leads with and search ranks first, and the answers the page suggests
 * (`suggestions`, else `suggest()`), first on the home screen. An id the
 * content does not have is reported and left out. New suggestions wait while
 * the customer is using the home screen: they come the next time it shows
 * (nothing moves by itself).
 */
export class PageHelp implements ReactiveController {
  readonly #host: PageHost;
  readonly #report: (error: ContentError) => void;
  /** The page's services and suggested answers, in the content in use. */
  context: Topic[] = [];
  suggested: Reference[] = [];
  /** "Something else?" was chosen: every service under the page's own. */
  showChooser = false;
  /** The ids `context` was resolved from (unknown ones included), and the references `suggested` was. */
  #contextFrom?: string;
  #suggestedFrom?: readonly string[];
  /** Whether the home screen was on screen after the last render, and whether the customer has used the panel. */
  #homeShown = false;
  #engaged = false;
  #unlisten?: () => void;

  constructor(host: PageHost, report: (error: ContentError) => void) {
    this.#host = host;
    this.#report = report;
    host.addController(this);
    for (const type of ['pointerdown', 'keydown', 'focusin']) host.addEventListener(type, () => (this.#engaged = true));
  }

  /** "Something else?" under the page's own service: every service, the keyboard on the first. */
  readonly somethingElse = () => {
    this.showChooser = true;
    this.#host.requestUpdate();
    focusAfterUpdate(this.#host, '[part=topic-entry]');
  };

  hostConnected() {
    this.#unlisten = onPageDefaults(() => this.#host.requestUpdate());
  }

  hostDisconnected() {
    this.#unlisten?.();
  }

  /** The context's topic ids, as search takes them. */
  get ids() {
    return this.context.map((topic) => topic.id);
  }

  /** Brings both up to date with the content (in `willUpdate`). */
  update(content: Content, loading: boolean, newContent: boolean) {
    const ids = [...new Set((this.#host.context || pageDefaults.context).split(/\s+/).filter(Boolean))];
    // (Compared as asked, not as found: an unknown id is reported once, not on every update.)
    if (ids.join(' ') !== this.#contextFrom || newContent) {
      this.#contextFrom = ids.join(' ');
      this.showChooser = false;
      this.context = [];
      for (const id of ids) {
        const { topic, unknown } = resolveOpening(content, id, '', loading);
        if (unknown) this.#report(new ContentError('unknown-topic', `No help topic "${id}" (context)`));
        else if (topic) this.context.push(topic);
      }
    }
    const wanted = this.#wanted();
    if ((wanted === this.#suggestedFrom || (this.#homeShown && this.#engaged)) && !newContent) return;
    this.#suggestedFrom = wanted;
    this.suggested = [];
    for (const reference of wanted.slice(0, 5)) {
      const [topicId, sectionId] = splitReference(String(reference));
      const { topic, section, unknown } = resolveOpening(content, topicId, sectionId, loading);
      if (unknown) this.#report(new ContentError(`unknown-${unknown}`, `No help ${unknown} "${reference}" (suggestion)`));
      if (topic && !this.suggested.some((s) => s.topic === topic && s.section === section)) this.suggested.push({ topic, section });
    }
  }

  #wanted() {
    const own = this.#host.suggestions;
    return Array.isArray(own) && own.length ? own : pageDefaults.suggestions;
  }

  /** After each render: leaving the home screen lets suggestions that waited come next time. */
  rendered(home: boolean) {
    if (this.#homeShown && !home && this.#suggestedFrom !== this.#wanted()) this.#host.requestUpdate();
    this.#homeShown = home;
  }

  /** The home screen shows again (`reset()`): suggestions that waited come now. */
  homeAgain() {
    this.#homeShown = false;
    this.#host.requestUpdate();
  }
}
