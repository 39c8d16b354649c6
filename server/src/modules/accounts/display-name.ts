import type { Locale } from '../../i18n/locale';
import { translate } from '../../i18n/messages';
import { isErasedPhone } from './phone';
import './accounts.messages';

export interface Named {
  firstName: string;
  lastName: string;
  phoneNumber: string;
}

/**
 * What to call a person on screens and in messages: their name, or, when they never gave one, "Customer ending
 * 0078" from the last four digits of their number; a deleted account is "Deleted account". Never blank, and
 * never the full number of anyone.
 */
export function displayNameOf(person: Named, locale: Locale): string {
  if (isErasedPhone(person.phoneNumber)) return translate(locale, 'accounts.deleted');
  const name = [person.firstName, person.lastName].map((part) => part.trim()).filter(Boolean).join(' ');
  return name || translate(locale, 'accounts.unnamed', { digits: person.phoneNumber.slice(-4) });
}

/** A person without a first name is asked for one once, right after signing in. */
export const needsName = (person: Pick<Named, 'firstName'>): boolean => person.firstName.trim() === '';
