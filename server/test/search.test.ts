import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

describe('Arabic-aware search', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true });
  });
  afterAll(() => t.stop());

  const names = async (search: string): Promise<string[]> => {
    const res = await t.gql('query($s: String) { salons(filter: { search: $s }) { edges { node { nameEn } } } }', { s: search });
    expect(res.errors).toBeUndefined();
    return res.data.salons.edges.map((e: any) => e.node.nameEn);
  };

  it.each([
    ['وردة', 'ورده'],
    ['الوردة', 'ورده'],
    ['الورد', 'ورد'],
    ['لمسة الورد', 'لمسه ورد'],
    ['أظافر', 'اظافر'],
    ['إيمان', 'ايمان'],
    ['آمنة', 'امنه'],
    ['ٱلورد', 'ورد'],
    ['مستشفى', 'مستشفي'],
    ['لَمْسَةُ الوَرْدِ', 'لمسه ورد'],
    ['صالـــون', 'صالون'],
    ['٢٤ ساعة', '24 ساعه'],
    ['۱۲', '12'],
    ['ال', 'ال'],
    ['Rose TOUCH', 'rose touch'],
  ])('folds %s to %s', async (text, folded) => {
    const [{ f }] = await sql(t, 'select search_fold($1) as f', [text]);
    expect(f).toBe(folded);
  });

  it.each(['وردة', 'الوردة', 'ورده', 'الورد', 'لمسة الورد', 'لمسه', 'لَمْسَة', 'Rose', 'Rose Tuch', 'rose touch', 'Roze Touch'])(
    '%s finds Rose Touch Salon',
    async (text) => {
      expect(await names(text)).toContain('Rose Touch Salon');
    },
  );

  it('does not return every salon for a word with the article', async () => {
    const all = await sql(t, 'select count(*)::int as n from salons where is_active');
    const found = await names('الورد');
    expect(all[0].n).toBeGreaterThan(1);
    expect(found).toEqual(['Rose Touch Salon']);
  });

  it.each([
    ['الحناء', 'Jeddah Bride Studio'],
    ['حنا', 'Jeddah Bride Studio'],
    ['اظافر', 'Gulf Nails Lounge'],
    ['Barbr', 'Elite Barbers'],
    ['Eastern Gent', 'Eastern Gents Salon'],
  ])('%s ranks %s first', async (text, salon) => {
    expect((await names(text))[0]).toBe(salon);
  });
});
