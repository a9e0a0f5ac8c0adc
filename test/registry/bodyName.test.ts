// What a body's name says: its places, and whether it is a government (in any of its forms) or a department.
import { describe, expect, it } from 'vitest';
import { mayNameSameBody, readBodyName } from '../../src/registry/bodyName.ts';

const same = (a: string, b: string) => mayNameSameBody(readBodyName(a), readBodyName(b));

describe('readBodyName', () => {
  it('splits the places off and tells a government from a department', () => {
    expect(readBodyName('淮安市洪泽区人民政府')).toMatchObject({ places: ['淮安市', '洪泽区'], kind: 'government', form: '人民政府' });
    expect(readBodyName('平潭综合实验区（管委会）')).toMatchObject({
      key: '平潭综合实验区管委会',
      places: ['平潭综合实验区'],
      kind: 'government',
    });
    expect(readBodyName('吴忠市红寺堡区柳泉乡人民政府').places).toEqual(['吴忠市', '红寺堡区', '柳泉乡']);
    expect(readBodyName('沭阳县发展和改革局')).toMatchObject({ places: ['沭阳县'], kind: 'department', unit: '发展和改革局' });
    expect(readBodyName('沭阳县住房和城乡建设局')).toMatchObject({ places: ['沭阳县'], kind: 'department', unit: '住房和城乡建设局' });
    expect(readBodyName('上海市科委')).toMatchObject({ places: ['上海市'], kind: 'department', unit: '科委' });
    expect(readBodyName('上海市人民政府办公厅')).toMatchObject({ places: ['上海市'], kind: 'government' });
    expect(readBodyName('市科委')).toMatchObject({ places: [], kind: 'department' });
  });
});

describe('mayNameSameBody', () => {
  it('brings together a name with and without its wider places, and the forms of one government', () => {
    expect(same('淮安市洪泽区人民政府', '洪泽区人民政府')).toBe(true);
    expect(same('平潭综合实验区', '平潭综合实验区管委会')).toBe(true);
    expect(same('平潭综合实验区(管委会)', '平潭综合实验区管委会')).toBe(true);
    expect(same('吴忠市人民政府办公室', '吴忠市')).toBe(true);
  });

  it('keeps a department apart from its government, and two places apart', () => {
    expect(same('沭阳县发展和改革局', '沭阳县人民政府')).toBe(false);
    expect(same('平潭县人民政府', '平潭综合实验区')).toBe(false);
    expect(same('平潭县人民政府', '平潭综合实验区管委会')).toBe(false);
    expect(same('淮安市洪泽区人民政府', '宿迁市洪泽区人民政府')).toBe(false);
    expect(same('上海市人民政府办公厅', '上海市科委')).toBe(false);
    // OCR's 沐 for 沭 is not read as the same place: no guessing of characters.
    expect(same('沐阳县人民政府', '沭阳县人民政府')).toBe(false);
  });
});
