/** The simulator's stand-in for a bank's 3-D Secure page, in Arabic or English (by Accept-Language), styled. */
const TEXT = {
  ar: { title: 'تحقق من الدفع', note: 'هذا محاكي Moyasar المحلي، بديلًا عن صفحة التحقق ثلاثي الأبعاد لدى بنكك.', approve: 'Approve · موافقة', decline: 'Decline · رفض' },
  en: { title: 'Verify your payment', note: "This is the local Moyasar simulator standing in for your bank's 3-D Secure page.", approve: 'Approve', decline: 'Decline' },
};

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function threeDSecurePage(options: { language: 'ar' | 'en'; action: string; amount: string; card: string }): string {
  const t = TEXT[options.language];
  const dir = options.language === 'ar' ? 'rtl' : 'ltr';
  return `<!doctype html><html lang="${options.language}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.title} · 3-D Secure</title>
<style>
body{font-family:system-ui,'Segoe UI',Tahoma,sans-serif;background:#f4f1f2;color:#1f1a1c;margin:0;display:grid;min-height:100vh;place-items:center;padding:16px;box-sizing:border-box}
main{box-sizing:border-box;background:#fff;border-radius:20px;box-shadow:0 8px 24px rgb(31 26 28/12%);padding:24px;max-width:380px;width:100%}
h1{font-size:1.4rem;margin:0 0 8px}.amount{font-size:1.8rem;font-weight:700;margin:8px 0}.card{color:#5f5659;direction:ltr;unicode-bidi:isolate}
.note{color:#5f5659;font-size:.9rem}form{display:flex;gap:8px;flex-wrap:wrap;margin-top:16px}
button{font:inherit;min-height:44px;padding:0 20px;border-radius:999px;border:1px solid #7a2e4d;cursor:pointer;flex:1}
button[value=approve]{background:#7a2e4d;color:#fff}button[value=decline]{background:#fff;color:#7a2e4d}button:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}
</style></head><body><main><h1>${t.title}</h1><p class="amount">${escape(options.amount)}</p><p class="card">${escape(options.card)}</p><p class="note">${t.note}</p>
<form method="post" action="${escape(options.action)}"><button name="decision" value="approve" type="submit">${t.approve}</button><button name="decision" value="decline" type="submit">${t.decline}</button></form></main></body></html>`;
}
