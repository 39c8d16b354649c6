import { addMessages } from '../../i18n/messages';

addMessages({
  en: {
    'people.alreadyInvited': 'This number already has a pending invitation to this salon. They join when they sign in with it.',
    'people.alreadyMember': 'This person already has this role here. Choose another role, or leave it as it is.',
    'people.invitationNotFound': 'This invitation is no longer open. Ask the salon\'s manager to invite you again.',
    'people.memberNotFound': 'This person is not on the team. Reload the team list.',
    'people.lastManager': 'A salon needs at least one manager. Add another manager first.',
    'people.notMembershipRole': 'Choose manager or receptionist.',
    'people.invalidField': 'Check this field.',
    'people.invalidCr': 'Enter the 10-digit commercial registration number.',
    'people.applicationPending': 'You already have an application waiting for a decision. You can follow it on the application page.',
    'people.applicationNotPending': 'This application has already been decided. Reload the list to see the decision.',
    'people.reasonRequired': 'Give a reason (up to 500 characters).',
  },
  ar: {
    'people.alreadyInvited': 'لهذا الرقم دعوة معلّقة إلى هذا الصالون بالفعل. ينضم صاحبه حين يسجّل الدخول به.',
    'people.alreadyMember': 'لهذا الشخص هذا الدور هنا بالفعل. اختر دوراً آخر، أو اتركه كما هو.',
    'people.invitationNotFound': 'لم تعد هذه الدعوة متاحة. اطلب من مدير الصالون دعوتك من جديد.',
    'people.memberNotFound': 'هذا الشخص ليس ضمن الفريق. حدّث قائمة الفريق.',
    'people.lastManager': 'يحتاج الصالون إلى مدير واحد على الأقل. أضف مديرًا آخر أولًا.',
    'people.notMembershipRole': 'اختر مديرًا أو موظف استقبال.',
    'people.invalidField': 'تحقق من هذا الحقل.',
    'people.invalidCr': 'أدخل رقم السجل التجاري المكوّن من 10 أرقام.',
    'people.applicationPending': 'لديك طلب بانتظار القرار بالفعل. يمكنك متابعته في صفحة الطلب.',
    'people.applicationNotPending': 'تم البت في هذا الطلب بالفعل. حدّث القائمة لترى القرار.',
    'people.reasonRequired': 'اذكر السبب (حتى 500 حرف).',
  },
});
