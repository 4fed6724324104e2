/**
 * @module Text of the map made safe for each output syntax: characters no format can hold replaced, XML
 * escaping (GraphML, SVG) and Markdown escaping (the risk report: no HTML, no link, no emphasis survives).
 */

/** Controls other than tab and line breaks, and the noncharacters XML 1.0 cannot hold even escaped. */
const NOT_TEXT = /(?![\t\n\r])\p{Cc}|[\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Text every format can hold: those characters and lone surrogates (a `u` regex sees pairs whole) → U+FFFD. */
export const cleanText = (s: string): string => s.replace(NOT_TEXT, '\uFFFD');

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text or attribute value for XML: the five special characters escaped, impossible characters replaced. */
export function xmlText(s: string): string {
  return cleanText(s)
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!)
    .replace(/\r/g, '&#13;');
}

/**
 * Text for one line or table cell of Markdown: HTML's `<`, `>` and `&` as entities, every other character
 * Markdown gives a meaning (emphasis, links, code, tables, headings, lists) backslash-escaped, line breaks as
 * spaces. A `javascript:` text therefore never becomes a link, and no raw HTML survives.
 */
export function markdownText(s: string): string {
  return cleanText(s)
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#!|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+=]|\d+(?=[.)]))/, (_m, space: string, lead: string) =>
      /\d/.test(lead) ? `${space}${lead}\\` : `${space}\\${lead}`,
    );
}
