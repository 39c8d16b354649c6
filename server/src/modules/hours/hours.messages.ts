import { addMessages } from '../../i18n/messages';

addMessages({
  en: {
    'hours.invalidTime': 'Use a time like 09:30 (a range may start at 00:00–23:59).',
    'hours.emptyRange': 'The start and the end must differ. For a whole day, use 00:00–24:00.',
    'hours.overlap': 'These hours overlap other hours (a range past midnight reaches into the next day). Shorten or remove one of the ranges.',
    'hours.tooManyRanges': 'A day has at most {max} ranges. Remove a range, or join two.',
    'hours.nameRequired': 'Give it a name, e.g. Ramadan or Eid al-Fitr.',
    'hours.nameTooLong': 'The name must be at most {max} characters. Shorten the name.',
    'hours.endBeforeStart': 'The last day cannot come before the first. Choose a later last day.',
    'hours.tooLong': 'An exception spans at most {max} days. Split it into two exceptions.',
    'hours.duplicate': 'This salon already has an exception with this name starting that day. Give it another name or another start day.',
    'hours.notFound': 'We could not find that exception. Reload the page to see the current list.',
    'hours.yearOutOfRange': 'Choose a year between {min} and {max}.',
  },
  ar: {
    'hours.invalidTime': 'استخدم وقتًا مثل ٠٩:٣٠ (تبدأ الفترة بين ٠٠:٠٠ و٢٣:٥٩).',
    'hours.emptyRange': 'يجب أن تختلف البداية عن النهاية. لليوم كاملًا استخدم ٠٠:٠٠–٢٤:٠٠.',
    'hours.overlap': 'هذه الساعات تتداخل مع ساعات أخرى (الفترة التي تتجاوز منتصف الليل تمتد إلى اليوم التالي). اختصر إحدى الفترات أو احذفها.',
    'hours.tooManyRanges': 'لا يزيد عدد فترات اليوم عن {max}. احذف فترة، أو ادمج فترتين.',
    'hours.nameRequired': 'أعطها اسمًا، مثل رمضان أو عيد الفطر.',
    'hours.nameTooLong': 'يجب ألا يزيد الاسم عن {max} حرفًا. اختصر الاسم.',
    'hours.endBeforeStart': 'لا يمكن أن يسبق اليوم الأخير اليوم الأول. اختر يوماً أخيراً لاحقاً.',
    'hours.tooLong': 'لا تزيد مدة الاستثناء عن {max} يومًا. قسّمه إلى استثناءين.',
    'hours.duplicate': 'لدى الصالون استثناء بهذا الاسم يبدأ في ذلك اليوم. اختر اسماً آخر أو يوم بدء آخر.',
    'hours.notFound': 'لم نتمكن من العثور على هذا الاستثناء. حدّث الصفحة لترى القائمة الحالية.',
    'hours.yearOutOfRange': 'اختر سنة بين {min} و{max}.',
  },
});
