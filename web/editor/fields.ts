/**
 * Form fields of the editor and the problems shown beside them: a field is a label, a control and an
 * optional hint; a control names the JSON path it edits (`data-path="accounts.3.label"`), so an issue found
 * by validating the map is shown next to the field whose path is the longest prefix of the issue's path (or
 * next to the field being edited when the problem lies elsewhere), in the person's language.
 */
import type { Lang } from '../../src/engine/describe.js';
import { issueText } from '../../src/engine/issue-text.js';
import type { Issue } from '../../src/model/index.js';
import { type Children, h } from '../shell/dom.js';

/** A JSON path as the `data-path` of a control: its parts joined by dots. */
export const pathKey = (path: readonly (string | number)[]): string => path.join('.');

/** Whether an element is a field people type into (its edits commit quietly, see EditContext.commit). */
export function isTextField(el: Element | null): boolean {
  if (el instanceof HTMLTextAreaElement) return true;
  return el instanceof HTMLInputElement && ['text', 'number', 'search'].includes(el.type);
}

/** A labelled field: `<div class="field"><label/>control<p class="hint"/></div>`. */
export function field(
  label: Children,
  control: HTMLElement,
  opts: { hint?: string; inline?: boolean } = {},
): HTMLElement {
  const hint = opts.hint ? h('p', { class: 'hint', id: `${control.id}-hint` }, opts.hint) : null;
  if (hint) control.setAttribute('aria-describedby', hint.id);
  return h(
    'div',
    { class: opts.inline ? 'field inline' : 'field' },
    h('label', { for: control.id, class: 'field-label' }, label),
    control,
    hint,
  );
}

function bestField(root: ParentNode, issuePath: string): HTMLElement | null {
  let best: HTMLElement | null = null;
  let bestLen = -1;
  for (const el of root.querySelectorAll<HTMLElement>('[data-path]')) {
    const p = el.dataset.path!;
    const fits = issuePath === p || issuePath.startsWith(`${p}.`);
    if (fits && p.length > bestLen) {
      best = el;
      bestLen = p.length;
    }
  }
  return best;
}

/** Removes the problems shown by {@link showIssues} inside `root`. */
export function clearIssues(root: ParentNode): void {
  for (const el of root.querySelectorAll('.field-error.live, .field-warning.live')) el.remove();
  for (const el of root.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
}

/**
 * Shows issues beside the fields they concern inside `root` (replacing those shown before); an issue with no
 * field of its own goes beside `fallback`. `doc` is the document the issues were found in.
 */
export function showIssues(
  root: ParentNode,
  issues: readonly Issue[],
  opts: { lang: Lang; doc: unknown; fallback?: HTMLElement | null; warning?: boolean },
): void {
  if (!opts.warning) clearIssues(root);
  let first = true;
  for (const issue of issues) {
    const target = bestField(root, pathKey(issue.path)) ?? opts.fallback ?? null;
    if (!target) continue;
    const anchor = target.closest('.field, .req-row, .asset-row') ?? target;
    const p = h(
      'p',
      {
        class: `${opts.warning ? 'field-warning' : 'field-error'} live`,
        role: !opts.warning && first ? 'alert' : null,
      },
      issueText(issue, opts.lang, opts.doc),
    );
    first = false;
    anchor.after(p);
    if (!opts.warning) target.setAttribute('aria-invalid', 'true');
  }
}
