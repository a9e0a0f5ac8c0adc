// timeliness.deadline: pass, fail (逾期 N 天) and uncheckable.
import { describe, expect, it } from 'vitest';
import { daysLate, timelinessCheck } from '../../../src/portal/evaluation/timeliness.ts';

describe('timelinessCheck', () => {
  it('passes a county report published on its deadline', () => {
    const c = timelinessCheck({ year: 2022, publishedOn: '2023-03-31', level: 'county' });
    expect(c).toMatchObject({ rule: 'timeliness.deadline', status: 'pass', expected: '2023-03-31', actual: '2023-03-31' });
  });

  it('fails a department report published after 31 January, by how many days', () => {
    const c = timelinessCheck({ year: 2022, publishedOn: '2023-03-01', level: 'department' });
    expect(c).toMatchObject({ status: 'fail', expected: '2023-01-31', actual: '2023-03-01' });
    expect(c.message).toContain('逾期 29 天');
    expect(daysLate(c)).toBe(29);
  });

  it('gives a department of 2018 the old 31 March', () => {
    expect(timelinessCheck({ year: 2018, publishedOn: '2019-03-01', level: 'department' }).status).toBe('pass');
  });

  it('cannot check a report without a date, or with one that does not read', () => {
    const none = timelinessCheck({ year: 2022, publishedOn: null, level: 'county' });
    expect(none).toMatchObject({ status: 'uncheckable', expected: '2023-03-31', actual: null });
    expect(none.message).toContain('未写明发布日期');
    expect(timelinessCheck({ year: 2022, publishedOn: '2023-02-30x', level: 'county' }).status).toBe('uncheckable');
  });

  it('cannot check a body without a level, or a report without a year', () => {
    const c = timelinessCheck({ year: 2022, publishedOn: '2023-01-10', level: null });
    expect(c).toMatchObject({ status: 'uncheckable', expected: null, actual: '2023-01-10' });
    expect(c.message).toContain('级别未知');
    expect(timelinessCheck({ year: null, publishedOn: '2023-01-10', level: 'city' }).status).toBe('uncheckable');
  });

  it('uses the settings deadline', () => {
    const c = timelinessCheck({ year: 2022, publishedOn: '2023-03-01', level: 'township' }, { township: '02-28' });
    expect(c).toMatchObject({ status: 'fail', expected: '2023-02-28' });
    expect(c.message).toContain('本站设置');
  });
});
