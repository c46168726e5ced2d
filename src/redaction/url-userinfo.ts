/**
 * URL user-info (`scheme://user:password@`) replaced by `scheme://***@`: what
 * `/\b([a-z][a-z0-9+.-]*:(?:\\?\/){2})[^\s/?#@"'<>\\,;|(){}]+@/gi` with that replacement gives,
 * found from the `:/` and `:\/` in the text (native searches) instead of trying the pattern at every
 * word boundary of a whole tenant result. The user-info stops at characters that delimit cells and
 * links (, ; | ( ) { }) so a CSV row or a Markdown table never loses a separator.
 */
const USERINFO_THEN_AT = /[^\s/?#@"'<>\\,;|(){}]+@/y;

const isSchemeChar = (code: number) => isLetter(code) || (code >= 48 && code <= 57) || code === 43 || code === 45 || code === 46;
const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isWordChar = (code: number) => isLetter(code) || (code >= 48 && code <= 57) || code === 95;

/** After the scheme's colon: where `//`, `\/\/`, `/\/` or `\//` ends, or -1. */
function afterTwoSlashes(text: string, at: number): number {
  let i = at;
  for (let slash = 0; slash < 2; slash++) {
    if (text.charCodeAt(i) === 92) i++;
    if (text.charCodeAt(i) !== 47) return -1;
    i++;
  }
  return i;
}

/**
 * Where the leftmost scheme ending at `colon` starts (a letter at a word boundary), or -1. It never reaches
 * back into the previous match: that ends with "@", which no scheme holds.
 */
function schemeStart(text: string, colon: number): number {
  let first = colon;
  while (first > 0 && isSchemeChar(text.charCodeAt(first - 1))) first--;
  for (let start = first; start < colon; start++) {
    if (isLetter(text.charCodeAt(start)) && (start === 0 || !isWordChar(text.charCodeAt(start - 1)))) return start;
  }
  return -1;
}

export function redactUrlUserInfo(text: string, marker: string): string {
  let out = '';
  let copied = 0;
  let plain = text.indexOf(':/');
  let escaped = text.indexOf(':\\/');
  while (plain !== -1 || escaped !== -1) {
    const colon = escaped === -1 || (plain !== -1 && plain < escaped) ? plain : escaped;
    const slashesEnd = afterTwoSlashes(text, colon + 1);
    const start = slashesEnd === -1 ? -1 : schemeStart(text, colon);
    let next = colon + 1;
    if (start !== -1) {
      USERINFO_THEN_AT.lastIndex = slashesEnd;
      if (USERINFO_THEN_AT.test(text)) {
        out += `${text.slice(copied, slashesEnd)}${marker}@`;
        copied = next = USERINFO_THEN_AT.lastIndex;
      }
    }
    if (plain !== -1 && plain < next) plain = text.indexOf(':/', next);
    if (escaped !== -1 && escaped < next) escaped = text.indexOf(':\\/', next);
  }
  return copied === 0 ? text : out + text.slice(copied);
}
