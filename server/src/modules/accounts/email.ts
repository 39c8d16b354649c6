const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Trimmed, or null when it is not an email address. Case is kept; uniqueness ignores it. */
export function normalizeEmail(raw: string): string | null {
  const email = raw.trim();
  return email.length <= 254 && EMAIL.test(email) ? email : null;
}
