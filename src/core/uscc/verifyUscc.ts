// 统一社会信用代码 (GB 32100-2015): 18 characters of a 31-letter alphabet, chars 3–8 the region
// code (digits), the last a check character over the first 17 with weights 3^(i-1) mod 31.

/** The GB 32100 alphabet (no I, O, S, V, Z). NEVER change. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/**
 * Normalises a typed credit code: full-width → half-width, whitespace (also U+3000) and hyphens
 * removed, upper case. What the user typed stays in the report; checks run on this form.
 */
export function normaliseUscc(input: string): string {
  return input
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\u00A0\-－]+/g, '')
    .toUpperCase();
}

/** The check character for the first 17 characters, or null when one is outside the alphabet. */
export function usccCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(first17.charAt(i));
    if (v < 0) return null;
    sum += v * (WEIGHTS[i] ?? 0);
  }
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** True when the code (after normalisation) is a well-formed credit code with the right check character. */
export function verifyUscc(code: string): boolean {
  const c = normaliseUscc(code);
  return SHAPE.test(c) && usccCheckChar(c.slice(0, 17)) === c.charAt(17);
}
