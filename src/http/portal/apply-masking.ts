// Personal data on the applicant's own pages is shown masked: the receipt or status page may be
// printed, photographed or left open on a shared computer.
export { maskIdNumber, maskPhone } from '../../features/applications/rules/id-card.ts';

/** '张三' → '张*', '欧阳娜娜' → '欧***': enough for the applicant to recognise, little for anyone else. */
export function maskPersonName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  return chars[0] + '*'.repeat(chars.length - 1);
}
