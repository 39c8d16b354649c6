import { addMessages } from '../../i18n/messages';

addMessages({
  en: {
    'people.alreadyInvited': 'This number already has a pending invitation to this salon.',
    'people.alreadyMember': 'This person already has this role here.',
    'people.invitationNotFound': 'This invitation is no longer open.',
    'people.memberNotFound': 'This person is not on the team.',
    'people.lastManager': 'A salon needs at least one manager. Add another manager first.',
    'people.notMembershipRole': 'Choose manager or receptionist.',
  },
  ar: {
    'people.alreadyInvited': 'لهذا الرقم دعوة معلّقة إلى هذا الصالون بالفعل.',
    'people.alreadyMember': 'لهذا الشخص هذا الدور هنا بالفعل.',
    'people.invitationNotFound': 'لم تعد هذه الدعوة متاحة.',
    'people.memberNotFound': 'هذا الشخص ليس ضمن الفريق.',
    'people.lastManager': 'يحتاج الصالون إلى مدير واحد على الأقل. أضف مديرًا آخر أولًا.',
    'people.notMembershipRole': 'اختر مديرًا أو موظف استقبال.',
  },
});
