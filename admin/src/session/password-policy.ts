/** The server's password policy, mirrored so the form can say what is missing before submitting. */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

const CLASSES: RegExp[] = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/];

export interface PolicyCheck {
  isLongEnough: boolean;
  isTooLong: boolean;
  hasWhitespace: boolean;
  classCount: number;
  isValid: boolean;
}

export function checkPassword(password: string): PolicyCheck {
  // UTF-16 length, as the server counts.
  const isLongEnough = password.length >= MIN_PASSWORD_LENGTH;
  const isTooLong = password.length > MAX_PASSWORD_LENGTH;
  const hasWhitespace = /\s/.test(password);
  const classCount = CLASSES.filter((pattern) => pattern.test(password)).length;
  return {
    isLongEnough,
    isTooLong,
    hasWhitespace,
    classCount,
    isValid: isLongEnough && !isTooLong && !hasWhitespace && classCount >= 3,
  };
}
