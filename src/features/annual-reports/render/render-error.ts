// Errors a writer raises for people to read (in Chinese): kept apart from the writers so
// that catching them does not load pdfkit or fontkit.

/** No usable CJK font for the PDF (none installed, or the given file is not one). */
export class CjkFontError extends Error {}
