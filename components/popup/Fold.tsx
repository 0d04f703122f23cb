import { type ReactNode, useId, useState } from 'react';

/**
 * A popup card whose heading is a button that shows or hides the body (the ARIA accordion
 * pattern): the popup's first screen keeps what happened, the next step and Capture; the rest
 * opens on demand. The body stays in the DOM while hidden, so its state (a search, a page of
 * results) survives closing it.
 */
export function Fold(props: { title: ReactNode; className?: string; initiallyOpen?: boolean; children: ReactNode }) {
  const [open, setOpen] = useState(props.initiallyOpen ?? false);
  const id = useId();
  return (
    <section className={`card fold ${props.className ?? ''}`.trim()} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        <button type="button" className="disclosure" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen(!open)}>
          {props.title}
        </button>
      </h2>
      <div id={`${id}-body`} hidden={!open}>
        {props.children}
      </div>
    </section>
  );
}
