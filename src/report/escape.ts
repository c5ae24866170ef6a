/**
 * Escaping for every place a report prints text it did not write (entry names, URLs, redirect
 * targets, server error strings): terminal lines, GitHub workflow commands, Markdown (tables,
 * links, code), XML and HTML. The schemas already refuse control characters in content, but a
 * report must stay what it claims to be even when a string slips through (an old store, a
 * server's Location header, a future field): a name holding "\n::error::" must not forge a
 * workflow command, a `|` must not split a table cell, a `](javascript:…)` must not become a link,
 * and an ESC must not reach a terminal. Pure functions, table-tested in escape.test.ts; the
 * formatters call them at the point of printing.
 */

import { CONTROL_CHAR, describeControl } from '../schemas/common.ts';

/** The schemas' definition of a control character (one definition for refusing and escaping). */
export { CONTROL_CHAR, describeControl };
const CONTROL_CHARS = new RegExp(CONTROL_CHAR.source, 'g');

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `\x1b`, `\n`, `\u2028`: how a control character is shown instead of being acted on. */
export function controlEscape(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * One terminal line: every control character shown as an escape (`\n`, `\x1b`), so a string can
 * neither start a new line (a forged `::error::` in a CI log) nor drive the terminal.
 */
export function oneLine(text: string): string {
  return text.replace(CONTROL_CHARS, controlEscape);
}

/**
 * The message part of a GitHub workflow command (`::warning …::<data>`): `%`, CR and LF encoded
 * as the runner decodes them (so a multi-line message stays one command), other controls shown
 * as escapes.
 */
export function workflowData(text: string): string {
  return text
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(CONTROL_CHARS, controlEscape);
}

/** A property value of a workflow command (`file=`, `title=`): also `:` and `,`, which end it. */
export function workflowProperty(text: string): string {
  return workflowData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Plain text inside Markdown (a sentence, a list item, a table cell): every ASCII punctuation mark
 * that can open an inline construct is backslash-escaped (links, images, emphasis, code, HTML,
 * autolinks, strikethrough, tables), `&` too (no entities), control characters shown as escapes.
 * Renders as exactly the text given.
 */
export function markdownText(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<>|~&#]/g, '\\$&');
}

/**
 * Inline code showing `text` verbatim: a fence longer than any backtick run inside it, padded when
 * the text starts or ends with a backtick; control characters shown as escapes. In a table cell
 * (`table: true`) a `|` is written `\|`, which GFM unescapes before it reads the code span.
 */
export function markdownCode(text: string, options: { table?: boolean } = {}): string {
  let body = oneLine(text);
  if (options.table) body = body.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || body === '' ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** Characters a URL in an autolink `<…>` or a table cell must not carry literally. */
const URL_UNSAFE = /[\u0000-\u0020\u007f-\u009f\u2028\u2029<>"`\\^{}|]/gu;

/**
 * A URL as a clickable Markdown autolink (`<https://…>`) when it is an absolute http(s) URL,
 * with anything that could end the autolink or split a table cell percent-encoded; any other
 * scheme (`javascript:`, `data:`) or unparsable text is shown as code, never as a link.
 */
export function markdownUrl(url: string): string {
  if (!/^https?:\/\/[^\s]/i.test(url)) return markdownCode(url, { table: true });
  const safe = url.replace(URL_UNSAFE, (ch) => encodeURIComponent(ch).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
  return `<${safe}>`;
}

/**
 * Characters XML 1.0 does not allow at all (most C0 controls, U+FFFE/U+FFFF, lone surrogates):
 * an escaped `&#27;` is not well-formed either, so they can only be replaced.
 */
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text a serializer will escape (`&`, `<` …) but cannot make valid: characters XML forbids are
 * replaced with U+FFFD, the rest is left for the serializer (so nothing is escaped twice).
 */
export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, '\ufffd');
}

/** Text content or an attribute value of XML written by hand: forbidden characters replaced, markup escaped. */
export function xmlText(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Text for HTML written by hand (outside Astro's own escaping): markup escaped, controls shown. */
export function htmlText(text: string): string {
  return oneLine(text).replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}
