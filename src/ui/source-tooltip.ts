/**
 * One shared tooltip for source marks: on hover or keyboard focus it names the source, its kind
 * and the attribution cue ("Reuters · media · according to").
 */
import type { Source } from '../core/types';
import { el } from './element';
import { KIND_STYLES } from './source-kinds';

export function describeMark(mark: HTMLElement, source: Source | undefined): string {
  const kind = source?.kind ?? 'anonymous';
  const cue = mark.dataset.cue ?? '';
  const isQuote = mark.classList.contains('sl-quote');
  const name = source?.name ?? 'Unknown source';
  return isQuote
    ? `Quote from ${name} (${KIND_STYLES[kind].spoken})`
    : `${name} · ${KIND_STYLES[kind].spoken}${cue ? ` · ${cue}` : ''}`;
}

export function attachSourceTooltip(
  scope: HTMLElement,
  sourceOf: (id: string | undefined) => Source | undefined,
): () => void {
  const doc = scope.ownerDocument;
  const tip = el(doc, 'div', {
    class: 'sl-tooltip',
    role: 'tooltip',
    id: 'sl-tooltip',
    hidden: true,
  });
  scope.append(tip);
  const show = (event: Event): void => {
    const mark = (event.target as Element | null)?.closest?.('mark.sl-mark') as HTMLElement | null;
    if (!mark || !scope.contains(mark)) return;
    tip.textContent = describeMark(mark, sourceOf(mark.dataset.sourceId));
    tip.hidden = false;
    mark.setAttribute('aria-describedby', tip.id);
    const box = mark.getBoundingClientRect();
    const host = scope.getBoundingClientRect();
    tip.style.left = `${Math.max(0, box.left - host.left)}px`;
    tip.style.top = `${box.bottom - host.top + scope.scrollTop + 4}px`;
  };
  const hide = (event: Event): void => {
    const mark = (event.target as Element | null)?.closest?.('mark.sl-mark');
    if (!mark) return;
    tip.hidden = true;
    mark.removeAttribute('aria-describedby');
  };
  scope.addEventListener('mouseover', show);
  scope.addEventListener('focusin', show);
  scope.addEventListener('mouseout', hide);
  scope.addEventListener('focusout', hide);
  return () => {
    scope.removeEventListener('mouseover', show);
    scope.removeEventListener('focusin', show);
    scope.removeEventListener('mouseout', hide);
    scope.removeEventListener('focusout', hide);
    tip.remove();
  };
}
