/** "Copy as Markdown": the cleaned article, with title and source line, on the clipboard. */
import type { Article } from '../src/core/types';
import { el } from '../src/ui/element';
import { toast } from './toast';

export function copyMarkdownButton(article: Article, url: string | null): HTMLButtonElement {
  const button = el(document, 'button', { type: 'button', text: 'Copy as Markdown' });
  button.addEventListener('click', () => {
    // The converter (turndown) loads on first use: most opens never copy.
    import('../src/core/markdown')
      .then(({ articleToMarkdown }) =>
        navigator.clipboard.writeText(articleToMarkdown(article, url)),
      )
      .then(
        () => toast('Copied as Markdown'),
        () => toast('The clipboard refused the copy'),
      );
  });
  return button;
}
