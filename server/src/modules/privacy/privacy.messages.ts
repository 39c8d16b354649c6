import { addMessages } from '../../i18n/messages';

addMessages({
  en: {
    'privacy.soleManager': 'You are the only manager of a salon. Make someone else a manager first, then delete your account.',
  },
  ar: {
    'privacy.soleManager': 'أنت المدير الوحيد لصالون. عيّن مديرًا آخر أولًا ثم احذف حسابك.',
  },
});
