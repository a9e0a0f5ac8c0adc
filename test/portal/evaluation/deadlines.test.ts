// The level → deadline table and its overrides from the site settings.
import { describe, expect, it } from 'vitest';
import { deadlineOf, parseDeadlineOverrides } from '../../../src/portal/evaluation/deadlines.ts';

describe('deadlineOf', () => {
  it('gives departments 31 January and local governments 31 March from the 2019 reports on', () => {
    expect(deadlineOf('department', 2022).date).toBe('2023-01-31');
    expect(deadlineOf('county', 2022).date).toBe('2023-03-31');
    expect(deadlineOf('province', 2019).date).toBe('2020-03-31');
  });

  it('gives every level 31 March for the 2008–2018 reports', () => {
    expect(deadlineOf('department', 2018).date).toBe('2019-03-31');
    expect(deadlineOf('city', 2008).date).toBe('2009-03-31');
  });

  it('lets townships follow the county', () => {
    expect(deadlineOf('township', 2021).date).toBe(deadlineOf('county', 2021).date);
  });

  it('takes a level from the settings over the statute', () => {
    const overrides = parseDeadlineOverrides('township=02-28, department=01-15');
    expect(overrides).toEqual({ township: '02-28', department: '01-15' });
    expect(deadlineOf('township', 2021, overrides)).toEqual({ date: '2022-02-28', overridden: true });
    expect(deadlineOf('county', 2021, overrides)).toEqual({ date: '2022-03-31', overridden: false });
  });

  it('leaves out settings that do not read', () => {
    expect(parseDeadlineOverrides('village=01-01,county=13-01,city=3-31,,')).toEqual({});
    expect(parseDeadlineOverrides(undefined)).toEqual({});
  });
});
