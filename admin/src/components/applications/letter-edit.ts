// The reply's paragraphs as staff edit them: one paragraph per line of a text area.

export function paragraphsToText(paragraphs: readonly string[]): string {
  return paragraphs.join('\n');
}

/** Lines of the text area, trimmed, blank ones dropped. */
export function textToParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
