import type { MouseEvent, ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';

type InPageLinkProps = {
  /** The id of the element on this page, without `#`. */
  targetId: string;
  className?: string;
  children: ReactNode;
};

/**
 * A link to a place on the same page (`href="#zitat-3"`). Without JavaScript it is a plain
 * anchor. With it, the router makes the jump, so it saves the scroll position first and Back
 * returns to where the reader was; then focus moves to the target, so the keyboard carries on
 * from there and the target shows where the jump landed.
 */
export function InPageLink({ targetId, className, children }: InPageLinkProps) {
  const navigate = useNavigate();
  const { search } = useLocation();

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    event.preventDefault();
    void Promise.resolve(navigate({ search, hash: targetId })).then(() => {
      requestAnimationFrame(() => {
        const target = document.getElementById(targetId);
        if (!target) return;
        if (!target.hasAttribute('tabindex')) {
          target.setAttribute('tabindex', '-1');
          target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
        }
        target.focus({ preventScroll: true });
      });
    });
  };

  return (
    <a href={`#${targetId}`} className={className} onClick={onClick}>
      {children}
    </a>
  );
}
