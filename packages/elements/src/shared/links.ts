/** `1-888-373-7888` → `tel:+18883737888`; short numbers (911, 233733) stay as they are. */
export function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length === 10) return `tel:+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `tel:+${digits}`;
  return `tel:${digits}`;
}

/** An `sms:` link, with the keyword as the message body when the line asks for one. */
export function smsHref(number: string, keyword?: string): string {
  const digits = number.replace(/\D/g, '');
  return keyword ? `sms:${digits}?&body=${encodeURIComponent(keyword)}` : `sms:${digits}`;
}
