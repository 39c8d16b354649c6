import assert from 'node:assert/strict';
import { checkScreen, giveName, newPage, signIn, text } from '../harness.mjs';

export const scenarios = [
  [
    'a receptionist keeps the desk: the whole calendar, no payments, no settings, no team',
    async ({ server, browser, state }) => {
      const page = await newPage(browser, server.url, 'en', { width: 1280, height: 900 });
      await signIn(page, server, 'en', '0500000004', '+966500000004');
      await page.waitForURL(/\/staff$/);
      await page.getByRole('heading', { level: 2, name: /Rose Touch Salon/ }).waitFor();
      await page.getByText(text('en', 'role.RECEPTIONIST')).first().waitFor();
      // Every stylist's column, not just one.
      await page.getByRole('group', { name: 'Noura' }).waitFor();
      assert.ok((await page.locator('.cal-lane').count()) > 1, 'the receptionist sees every column');
      assert.equal(await page.getByRole('link', { name: text('en', 'nav.manage') }).count(), 0);
      await checkScreen(page, 'receptionist-calendar-en', state.stats);
      await page.goto(`${server.url}/manage`);
      await page.getByText(text('en', 'access.forbidden.managers')).waitFor();
      await page.context().close();
    },
  ],
  [
    'a manager invites a number; the person signs in, sees the invitation and accepts it',
    async ({ server, browser, state }) => {
      const manager = await newPage(browser, server.url, 'ar-SA', { width: 1280, height: 900 });
      await signIn(manager, server, 'ar-SA', '0500000001', '+966500000001', '/manage');
      await manager.waitForURL(/\/manage$/);
      const invite = manager.getByRole('form', { name: text('ar-SA', 'team.inviteTitle') });
      await invite.getByLabel(text('ar-SA', 'team.phone')).fill('055 510 0200');
      await invite.getByLabel(text('ar-SA', 'team.name')).fill('لينا');
      await invite.getByLabel(text('ar-SA', 'team.role')).selectOption('RECEPTIONIST');
      await invite.getByRole('button', { name: text('ar-SA', 'team.invite') }).click();
      await manager.getByText(text('ar-SA', 'team.invited')).waitFor();
      // The invited number, written in the Arabic screen's digits.
      await manager.getByText('+٩٦٦٥٥٥١٠٠٢٠٠').waitFor();
      await checkScreen(manager, 'team-invited-ar', state.stats);
      await manager.context().close();

      const lina = await newPage(browser, server.url, 'en');
      await signIn(lina, server, 'en', '0555100200', '+966555100200');
      await giveName(lina, 'en', 'Lina');
      const offer = lina.getByRole('region', { name: text('en', 'invitations.title') });
      await offer.waitFor();
      await offer.getByText('Rose Touch Salon').waitFor();
      await offer.getByRole('button', { name: text('en', 'invitations.accept') }).click();
      await offer.waitFor({ state: 'detached' });
      await lina.getByRole('link', { name: text('en', 'nav.staff') }).click();
      await lina.getByRole('heading', { level: 2, name: /Rose Touch Salon/ }).waitFor();
      await lina.context().close();
    },
  ],
  [
    'an applicant waits, the platform administrator approves, and the applicant manages the new salon',
    async ({ server, browser, state }) => {
      const amal = await newPage(browser, server.url, 'en');
      await signIn(amal, server, 'en', '0500000006', '+966500000006', '/apply');
      await amal.waitForURL(/\/apply$/);
      await amal.getByText(text('en', 'apply.status.PENDING')).waitFor();

      const admin = await newPage(browser, server.url, 'ar-SA', { width: 1280, height: 900 });
      await signIn(admin, server, 'ar-SA', '0500000009', '+966500000009', '/admin');
      await admin.waitForURL(/\/admin$/);
      const card = admin.getByRole('listitem', { name: 'Lavender Lounge' });
      await card.getByText('1010987654').waitFor();
      await checkScreen(admin, 'admin-console-ar', state.stats);
      await card.getByRole('button', { name: text('ar-SA', 'admin.approve') }).click();
      await card.waitFor({ state: 'detached' });
      await admin.getByRole('listitem', { name: 'صالون لافندر' }).waitFor();
      await admin.context().close();

      await amal.reload();
      await amal.getByText(text('en', 'apply.status.APPROVED')).waitFor();
      await amal.goto(`${server.url}/manage`);
      await amal.getByRole('heading', { level: 1, name: 'Lavender Lounge' }).waitFor();
      await amal.context().close();
    },
  ],
  [
    'a new person applies to list a salon in Arabic, with the fields checked',
    async ({ server, browser, state }) => {
      const page = await newPage(browser, server.url, 'ar-SA');
      await signIn(page, server, 'ar-SA', '0555100300', '+966555100300', '/apply');
      await giveName(page, 'ar-SA', 'نوف');
      const form = page.getByRole('form', { name: text('ar-SA', 'apply.title') });
      await form.waitFor();
      const fill = async (id, value) => form.getByLabel(text('ar-SA', `apply.field.${id}`)).fill(value);
      await fill('nameAr', 'صالون النخبة');
      await fill('nameEn', 'Nokhba Salon');
      await fill('district', 'العليا');
      await fill('latitude', '24.69');
      await fill('longitude', '46.68');
      await fill('commercialRegistrationNumber', '١٠١٠٢٠٣٠٤٠');
      await fill('vatNumber', '300000000000004');
      await form.getByRole('button', { name: text('ar-SA', 'apply.submit') }).click();
      await page.locator('#apply-vatNumber-error').waitFor();
      await fill('vatNumber', '300000000000003');
      await form.getByRole('button', { name: text('ar-SA', 'apply.submit') }).click();
      await page.getByText(text('ar-SA', 'apply.status.PENDING')).waitFor();
      await checkScreen(page, 'apply-pending-ar', state.stats);
      await page.context().close();
    },
  ],
  [
    'a manager changes a member\'s role from the team screen; the salon\'s only manager cannot step down',
    async ({ server, browser, state }) => {
      const page = await newPage(browser, server.url, 'en');
      await signIn(page, server, 'en', '0500000001', '+966500000001', '/manage');
      await page.waitForURL(/\/manage$/);
      // The receptionist (her number is on her row) becomes a manager, then a receptionist again.
      const reem = page.getByRole('listitem').filter({ hasText: '+966500000004' });
      const select = reem.getByLabel(/^Role of /);
      await select.selectOption('MANAGER');
      await reem.getByRole('button', { name: text('en', 'team.changeRole') }).click();
      await page.getByRole('status').filter({ hasText: text('en', 'role.MANAGER') }).first().waitFor();
      await reem.locator('.badge', { hasText: text('en', 'role.MANAGER') }).waitFor();
      assert.deepEqual(await server.sql("select m.role from salon_memberships m join users u on u.id = m.user_id where u.phone_number = '+966500000004'"), [{ role: 'MANAGER' }]);
      await checkScreen(page, 'team-role-changed-en', state.stats);
      await select.selectOption('RECEPTIONIST');
      await reem.getByRole('button', { name: text('en', 'team.changeRole') }).click();
      await reem.locator('.badge', { hasText: text('en', 'role.RECEPTIONIST') }).waitFor();
      await page.context().close();

      // Elite Barbers has one manager: stepping down is refused with the reason, in Arabic, at desktop width.
      const owner = await newPage(browser, server.url, 'ar-SA', { width: 1280, height: 900 });
      await signIn(owner, server, 'ar-SA', '0500000101', '+966500000101', '/manage');
      await owner.waitForURL(/\/manage$/);
      const self = owner.getByRole('listitem').filter({ hasText: '+٩٦٦٥٠٠٠٠٠١٠١' });
      await self.getByRole('combobox').selectOption('RECEPTIONIST');
      await self.getByRole('button', { name: text('ar-SA', 'team.changeRole') }).click();
      await self.getByRole('alert').filter({ hasText: 'يحتاج الصالون إلى مدير واحد على الأقل' }).waitFor();
      await checkScreen(owner, 'team-last-manager-ar', state.stats);
      assert.deepEqual(await server.sql("select m.role from salon_memberships m join users u on u.id = m.user_id where u.phone_number = '+966500000101'"), [{ role: 'MANAGER' }]);
      await owner.context().close();
    },
  ],
];
