/** The legend of highlight styles: colour, underline style and badge for each kind, and quotes. */
import type { SourceKind } from '../core/types';
import { el } from './element';
import { KIND_ORDER, KIND_STYLES } from './source-kinds';

export function renderLegend(doc: Document, kinds: SourceKind[]): HTMLElement {
  const shown = KIND_ORDER.filter((kind) => kinds.includes(kind));
  return el(doc, 'section', { class: 'sl-legend', 'aria-label': 'Legend' }, [
    el(doc, 'ul', {}, [
      ...shown.map((kind) =>
        el(doc, 'li', {}, [
          el(
            doc,
            'mark',
            { class: `sl-mark sl-kind-${kind} sl-legend-sample`, 'data-kind': kind },
            [KIND_STYLES[kind].label],
          ),
        ]),
      ),
      el(doc, 'li', {}, [el(doc, 'q', { class: 'sl-legend-quote', text: 'direct quote' })]),
    ]),
  ]);
}
