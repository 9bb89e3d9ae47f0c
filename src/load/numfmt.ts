/**
 * A number as a spreadsheet displays it under its number format: the figure the sheet prints, which
 * is what the checks judge. A stored 449.66999999999996 under "0.00" is printed 449.67, and its
 * precision is the format's two decimals; the same figure under General is printed 449.67 too.
 *
 * The formats of budget tables are read: General, 0, 0.00, #,##0.00, 0.00_ , "0.00;-0.00;" (a
 * section per sign, an empty zero section), [Red] and other colours, literal text ("¥"0.00, 0.00"万元"),
 * percent and thousands scaling (#,##0,). A date or scientific format is displayed as General: no
 * budget figure is a date.
 */

const GENERAL_DIGITS = 11;

/** The format's sections (positive; negative; zero; text), split at semicolons outside quotes. */
function sections(format: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      cur += format.slice(i, stop + 1);
      i = stop;
    } else if (c === '\\' || c === '_' || c === '*') {
      cur += format.slice(i, i + 2);
      i++;
    } else if (c === ';') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

interface Token {
  literal?: string;
  placeholder?: string;
}

/** A section's tokens: literals (quoted text, escapes, padding as a space) and the number's characters. */
function tokens(section: string): Token[] | null {
  const out: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const c = section[i];
    if (c === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      out.push({ literal: section.slice(i + 1, stop) });
      i = stop;
    } else if (c === '\\') {
      out.push({ literal: section[i + 1] ?? '' });
      i++;
    } else if (c === '_') {
      out.push({ literal: ' ' });
      i++;
    } else if (c === '*') {
      i++;
    } else if (c === '[') {
      // [Red], [Color10], [$¥-804], [DBNum1]: the currency text of a [$…] is printed, the rest is not.
      const end = section.indexOf(']', i);
      const inner = section.slice(i + 1, end < 0 ? section.length : end);
      if (/^[<>=]/.test(inner)) return null;
      const currency = /^\$([^-]*)/.exec(inner);
      if (currency) out.push({ literal: currency[1] });
      i = end < 0 ? section.length : end;
    } else if ('0#?.,%'.includes(c)) {
      out.push({ placeholder: c });
    } else if (/[eEyYmMdDhHsSaAbBgG@]/.test(c)) {
      // A date, a time, scientific notation, text or General: shown as General.
      return null;
    } else out.push({ literal: c });
  }
  return out;
}

/** General: up to eleven significant digits, no binary noise ("449.67", "2010301"). */
export function general(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const text = String(Number(value.toPrecision(GENERAL_DIGITS)));
  return text.includes('e') ? value.toPrecision(6) : text;
}

/** A non-negative value rounded to `decimals` as Excel rounds it: half away from zero, on its 15 significant digits. */
function fixed(value: number, decimals: number): string {
  const clean = Number(value.toPrecision(15));
  const [int, frac = ''] = clean.toFixed(Math.min(decimals + 3, 20)).split('.');
  // Round half up on the exact decimal digits (toFixed rounds on the binary value).
  const digits = int + frac.slice(0, decimals);
  const rest = frac.slice(decimals);
  let n = BigInt(digits);
  if (rest !== '' && rest[0] >= '5') n += 1n;
  const s = n.toString().padStart(decimals + 1, '0');
  return decimals === 0 ? s : `${s.slice(0, s.length - decimals)}.${s.slice(s.length - decimals)}`;
}

/** A number displayed under a number format. */
export function displayNumber(value: number, format: string | undefined): string {
  if (!format || /^general$/i.test(format.trim())) return general(value);
  const parts = sections(format);
  let section = parts[0];
  let sign = value < 0 ? '-' : '';
  if (value < 0 && parts.length > 1) {
    section = parts[1];
    sign = '';
  } else if (value === 0 && parts.length > 2) section = parts[2];
  const toks = tokens(section);
  if (!toks) return sign + general(Math.abs(value));
  const placeholders = toks.filter((t) => t.placeholder && t.placeholder !== '%');
  if (!placeholders.some((t) => '0#?'.includes(t.placeholder!))) {
    // A section of literals only ("-" for zero, or empty): printed as it is.
    return toks.map((t) => t.literal ?? (t.placeholder === '%' ? '%' : t.placeholder ?? '')).join('');
  }
  const first = toks.findIndex((t) => t.placeholder && '0#?.'.includes(t.placeholder));
  let last = -1;
  for (let i = toks.length - 1; i >= 0; i--) if (toks[i].placeholder && '0#?.,'.includes(toks[i].placeholder!)) { last = i; break; }
  const number = toks.slice(first, last + 1).map((t) => t.placeholder ?? '').join('');
  let v = Math.abs(value);
  if (toks.some((t) => t.placeholder === '%')) v *= 100;
  // Commas after the last digit scale by a thousand each.
  const scaling = /,+$/.exec(number);
  if (scaling) v /= 1000 ** scaling[0].length;
  const pattern = number.replace(/,+$/, '');
  const dot = pattern.indexOf('.');
  const intPattern = dot < 0 ? pattern : pattern.slice(0, dot);
  const fracPattern = dot < 0 ? '' : pattern.slice(dot + 1).replace(/,/g, '');
  const decimals = fracPattern.length;
  const required = fracPattern.replace(/[#?]+$/, '').length;
  let [intText, fracText = ''] = fixed(v, decimals).split('.');
  // Optional decimals (#) drop their trailing zeros, down to the required ones.
  while (fracText.length > required && fracText.endsWith('0')) fracText = fracText.slice(0, -1);
  const minInt = (intPattern.match(/0/g) ?? []).length;
  if (intText === '0' && minInt === 0) intText = '';
  intText = intText.padStart(minInt, '0');
  if (intPattern.includes(',')) intText = intText.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = intText + (dot >= 0 && (fracText !== '' || fracPattern.length > 0) ? `.${fracText}` : '');
  const before = toks.slice(0, first).map((t) => t.literal ?? (t.placeholder === '%' ? '%' : '')).join('');
  const after = toks.slice(last + 1).map((t) => t.literal ?? (t.placeholder === '%' ? '%' : '')).join('');
  // A negative value rounded to zero is printed without its sign.
  const shown = /[1-9]/.test(body) ? sign : '';
  return shown + before + body + after;
}
