// Errors a writer raises for people to read (in Chinese). The class lives with the font
// lookup in documents/ (which loads fontkit only when a font is loaded), so one class
// serves every PDF writer and `instanceof` holds whichever path it is imported from.
export { CjkFontError } from '../../documents/cjk-font.ts';
