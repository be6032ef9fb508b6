import { describe, expect, it } from 'vitest';
import { standingOf } from '../../../content/model/standing';

const ON = '2026-12-03';

describe('the standing of a document on the content date', () => {
  it('says a repeal is pending while the act is in force and the repeal waits on an event or a later date', () => {
    expect(standingOf({ status: 'in-force', applicationDate: '2013-09-01', repeals: [{ effect: { pending: 'revised VIS' } }] }, ON)).toEqual({ key: 'repeal-pending' });
    expect(standingOf({ status: 'in-force', repeals: [{}] }, ON)).toEqual({ key: 'repeal-pending' });
    expect(standingOf({ status: 'amended', repeals: [{ effect: { date: '2027-06-01' } }] }, ON)).toEqual({ key: 'repeal-pending', date: '2027-06-01' });
  });

  it('says "applies from" before the application date and carries the date it applies since after it', () => {
    expect(standingOf({ status: 'in-force', applicationDate: '2027-01-10', repeals: [] }, ON)).toEqual({ key: 'applies-from', date: '2027-01-10' });
    expect(standingOf({ status: 'in-force', applicationDate: '2026-06-12', repeals: [] }, ON)).toEqual({ key: 'in-force', date: '2026-06-12' });
    expect(standingOf({ status: 'in-force', applicationDate: ON, repeals: [] }, ON)).toEqual({ key: 'in-force', date: ON });
  });

  it('keeps ended, proposed and delivered statuses, with the end date where there is one', () => {
    expect(standingOf({ status: 'repealed', endDate: '2024-12-12', repeals: [{}] }, ON)).toEqual({ key: 'repealed', date: '2024-12-12' });
    expect(standingOf({ status: 'expired', repeals: [] }, ON)).toEqual({ key: 'expired' });
    expect(standingOf({ status: 'proposal', applicationDate: '2028-01-01', repeals: [] }, ON)).toEqual({ key: 'proposal' });
    expect(standingOf({ status: 'delivered', repeals: [] }, ON)).toEqual({ key: 'delivered' });
  });
});
