/**
 * The hostile strings every report is tested with (issue 12, finding 5): a newline that forges a
 * workflow command, a table pipe, a Markdown link to javascript:, terminal escapes, HTML and
 * backticks. Test-only.
 */
export const HOSTILE = {
  forgedCommand: 'Evil\n::error title=x::forged',
  pipe: 'a | b',
  jsLink: 'x](javascript:alert(1))',
  esc: 'red\u001b[31m text',
  bel: 'ding\u0007',
  html: '<img src=x onerror=alert(1)>',
  backticks: '``code``',
} as const;

/** All of them in one name, for a field that is printed once. */
export const HOSTILE_NAME = Object.values(HOSTILE).join(' ');
