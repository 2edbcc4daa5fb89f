import { css } from 'lit';

/**
 * An open topic: its answers' questions, the "Did this help?" box and the
 * contact options under it, and the "All topics" control. After the
 * content's styles, which they adjust.
 */
export const topicStyles = css`
  [part='section'] > h3 {
    margin-top: 1em;
  }

  .feedback,
  .contact {
    margin-top: 1.5em;
    padding: var(--_spacing);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .feedback-buttons {
    display: flex;
    gap: var(--_space-2);
    margin-top: var(--_space-2);
  }
  .feedback h3,
  .contact h3 {
    margin-top: 0;
  }
  .contact .actions {
    margin-bottom: 0;
  }

  .back {
    margin-bottom: 0.5em;
  }
`;
