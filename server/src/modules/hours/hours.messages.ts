import { addMessages } from '../../i18n/messages';

addMessages({
  en: {
    'hours.invalidTime': 'Use a time like 09:30 (a range may start at 00:00–23:59).',
    'hours.emptyRange': 'The start and the end must differ. For a whole day, use 00:00–24:00.',
    'hours.overlap': 'These hours overlap other hours (a range past midnight reaches into the next day).',
    'hours.tooManyRanges': 'At most {max} ranges.',
    'hours.nameRequired': 'Give it a name, e.g. Ramadan or Eid al-Fitr.',
    'hours.nameTooLong': 'The name must be at most {max} characters.',
    'hours.endBeforeStart': 'The last day cannot come before the first.',
    'hours.tooLong': 'An exception spans at most {max} days.',
    'hours.duplicate': 'This salon already has an exception with this name starting that day.',
    'hours.notFound': 'We could not find that exception.',
    'hours.yearOutOfRange': 'Choose a year between {min} and {max}.',
  },
  ar: {
    'hours.invalidTime': 'استخدم وقتًا مثل ٠٩:٣٠ (تبدأ الفترة بين ٠٠:٠٠ و٢٣:٥٩).',
    'hours.emptyRange': 'يجب أن تختلف البداية عن النهاية. لليوم كاملًا استخدم ٠٠:٠٠–٢٤:٠٠.',
    'hours.overlap': 'هذه الساعات تتداخل مع ساعات أخرى (الفترة التي تتجاوز منتصف الليل تمتد إلى اليوم التالي).',
    'hours.tooManyRanges': '{max} فترات على الأكثر.',
    'hours.nameRequired': 'أعطها اسمًا، مثل رمضان أو عيد الفطر.',
    'hours.nameTooLong': 'يجب ألا يزيد الاسم عن {max} حرفًا.',
    'hours.endBeforeStart': 'لا يمكن أن يسبق اليوم الأخير اليوم الأول.',
    'hours.tooLong': 'يمتد الاستثناء {max} يومًا على الأكثر.',
    'hours.duplicate': 'لدى الصالون استثناء بهذا الاسم يبدأ في ذلك اليوم.',
    'hours.notFound': 'لم نتمكن من العثور على هذا الاستثناء.',
    'hours.yearOutOfRange': 'اختر سنة بين {min} و{max}.',
  },
});
