/**
 * What the library page needs only once the user acts (opening an article, exporting, importing):
 * loaded on first use with import(), so that the sanitizer, Markdown converter and zip code do not
 * delay the first rows of the list.
 */
export { downloadFile } from './download-file';
export { epubExport } from './export-epub';
export { htmlExport } from './export-html';
export { markdownExport } from './export-markdown';
export { importLibraryJson } from './import-library';
export { jsonExport } from './library-json';
export { closeSavedArticle, showSavedArticle } from './reading-view';
