/** "Copy as Markdown": the cleaned article, with title and source line, on the clipboard. */
import { articleToMarkdown } from '../src/core/markdown';
import type { Article } from '../src/core/types';
import { el } from '../src/ui/element';
import { toast } from './toast';

export function copyMarkdownButton(article: Article, url: string | null): HTMLButtonElement {
  const button = el(document, 'button', { type: 'button', text: 'Copy as Markdown' });
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(articleToMarkdown(article, url)).then(
      () => toast('Copied as Markdown'),
      () => toast('The clipboard refused the copy'),
    );
  });
  return button;
}
