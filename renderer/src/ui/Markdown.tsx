import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { useMemo } from 'react';
import './markdown.css';

/** Tags a lesson may produce; everything else (scripts, iframes, forms, images, links' targets) is removed. */
const ALLOWED_TAGS = [
  'h2',
  'h3',
  'h4',
  'p',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'blockquote',
  'code',
  'pre',
  'hr',
  'br',
];

/** Convert lesson Markdown to HTML that is safe to insert: parsed by marked, then sanitised by DOMPurify. */
export function renderLessonMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: [] });
}

/**
 * Lesson text from a content pack.
 *
 * Packs can come from anyone an admin trusts enough to import, so their Markdown is never inserted raw:
 * the parser's HTML passes through an allow-list sanitiser first (no attributes, no links, no media).
 */
export function Markdown({ source, className }: { readonly source: string; readonly className?: string }) {
  const html = useMemo(() => renderLessonMarkdown(source), [source]);
  // Safe: `html` comes from renderLessonMarkdown, which sanitises with a strict allow-list.
  return (
    <div
      className={['markdown', className].filter(Boolean).join(' ')}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
