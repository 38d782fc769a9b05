import { findDescendants, tagOf } from './element-walk';

/**
 * Table rows and cells that Readability moved out of their table. When it takes a table's body or
 * row for the article (table-layout news sites, forum and listing pages), it renames the
 * candidate to a <div> and keeps the rows inside. The HTML parser ignores <tr> and <td> tags
 * outside a table, so once the article is sanitized (parsed again) the cells' texts would run
 * together ("62", "2440", "by walker" became "622440by walker"). Each run of such rows or cells
 * goes back into a table of its own, as the page laid them out; a lone cell becomes a plain block.
 * Test: tests/extract/table-parts.
 */

interface TablePart {
  /** The elements this part may sit in. */
  parents: readonly string[];
  /** The wrappers that put a run of it back into a table, outermost first. */
  wrap: readonly string[];
}

const CELL: TablePart = { parents: ['TR'], wrap: ['table', 'tbody', 'tr'] };
const ROW: TablePart = { parents: ['TABLE', 'TBODY', 'THEAD', 'TFOOT'], wrap: ['table', 'tbody'] };
const ROW_GROUP: TablePart = { parents: ['TABLE'], wrap: ['table'] };
const PARTS: Record<string, TablePart> = {
  TD: CELL,
  TH: CELL,
  TR: ROW,
  TBODY: ROW_GROUP,
  THEAD: ROW_GROUP,
  TFOOT: ROW_GROUP,
};

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function isStray(el: Element): boolean {
  const rule = PARTS[tagOf(el)];
  const parent = el.parentElement;
  return rule !== undefined && (parent === null || !rule.parents.includes(tagOf(parent)));
}

/** The stray part and its siblings of the same kind that follow it, with the space between. */
function runFrom(first: Element): Node[] {
  const kind = PARTS[tagOf(first)];
  const run: Node[] = [first];
  let pendingSpace: Node[] = [];
  for (let node = first.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE && !(node.textContent ?? '').trim()) {
      pendingSpace.push(node);
      continue;
    }
    const el = node as Element;
    if (node.nodeType !== ELEMENT_NODE || PARTS[tagOf(el)] !== kind) break;
    run.push(...pendingSpace, el);
    pendingSpace = [];
  }
  return run;
}

export function restoreTableParts(body: Element): void {
  const doc = body.ownerDocument;
  for (const part of findDescendants(body, isStray)) {
    const kind = PARTS[tagOf(part)];
    // An earlier run may have taken this part into its table already.
    if (!kind || !isStray(part)) continue;
    const run = runFrom(part);
    if (kind === CELL && run.length === 1) {
      // A lone cell (a table-layout page's story column) is a block, not a table of one cell.
      const block = doc.createElement('div');
      part.before(block);
      block.append(...part.childNodes);
      part.remove();
      continue;
    }
    const [outerName, ...innerNames] = kind.wrap;
    const outer = doc.createElement(outerName ?? 'table');
    let inner = outer;
    for (const name of innerNames) inner = inner.appendChild(doc.createElement(name));
    part.before(outer);
    inner.append(...run);
  }
}
