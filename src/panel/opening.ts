import { ContentError } from '../content/load.js';
import type { Content, Section, Topic } from '../content/schema.js';
import { emit, type TopicSource } from '../events.js';
import { resolveOpening } from './resolve.js';

/** The panel, as its opening sees it: the ids asked for, dropped when the content does not have them. */
interface OpeningHost extends EventTarget {
  topic: string;
  section: string;
  requestUpdate(name?: PropertyKey, oldValue?: unknown): void;
}

/**
 * What is open: the topic and section that the panel's `topic` and `section`
 * ids name in the content in use, and where the opening came from. An id the
 * content does not have is reported and dropped (not while content that may
 * have it is loading: a deep link waits for it). Each opening is reported
 * once, as `cl-login-help-topic`, after the render that shows it.
 */
export class TopicOpening {
  readonly #host: OpeningHost;
  readonly #report: (error: ContentError) => void;
  topic?: Topic;
  /** The open section of `topic`, when `section` names one of its sections. */
  section?: Section;
  /** Where the next opening comes from. */
  #source: TopicSource = 'api';
  /** "topic/section" of the last `cl-login-help-topic` event, while it stays open. */
  #reported?: string;

  constructor(host: OpeningHost, report: (error: ContentError) => void) {
    this.#host = host;
    this.#report = report;
  }

  /** The next opening comes from `source`; `again`: it is reported also when it is open already. */
  from(source: TopicSource, again = false) {
    this.#source = source;
    if (again) this.#reported = undefined;
  }

  /** Finds the open topic and section (in `willUpdate`); returns whether they changed. */
  resolve(content: Content, loading: boolean): boolean {
    const host = this.#host;
    const { topic, section, unknown } = resolveOpening(content, host.topic, host.section, loading);
    if (unknown === 'topic') {
      this.#report(new ContentError('unknown-topic', `No help topic "${host.topic}"`));
      host.topic = '';
      host.section = '';
      this.#source = 'api';
    } else if (unknown === 'section') {
      this.#report(new ContentError('unknown-section', `No section "${host.section}" in help topic "${topic!.id}"`));
      host.section = '';
    }
    if (topic === this.topic && section === this.section) return false;
    this.topic = topic;
    this.section = section;
    return true;
  }

  /** Content from `content-src` failed: a topic that waited for it is now unknown, and is checked again. */
  loadFailed() {
    // (Lit records a change only when the old value differs: pass none.)
    if (this.#host.topic && !this.topic) this.#host.requestUpdate('topic', undefined);
  }

  /**
   * After each render: reports the opening once, also when the topic appeared
   * only after its content loaded (by id: content that loads later replaces
   * the topic object, not the opening); a section still loading with its
   * content, once it is there. Returns whether the topic or section asked
   * for is still loading.
   */
  rendered(): boolean {
    const pending = this.#host.section !== (this.section?.id ?? '');
    const opening = this.topic ? `${this.topic.id}/${this.section?.id ?? ''}` : undefined;
    if (this.topic && opening !== this.#reported && !pending) {
      const source = this.#source;
      this.#source = 'api';
      emit(this.#host, 'cl-login-help-topic', { topicId: this.topic.id, sectionId: this.section?.id ?? '', source });
    }
    if (!pending) this.#reported = opening;
    return !!this.#host.topic && (!this.topic || pending);
  }
}
