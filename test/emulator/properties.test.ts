import { services } from './fixtures';

describe('PropertiesService', () => {
  it('keeps document, user and script properties in separate stores', () => {
    const { PropertiesService } = services();
    PropertiesService.getDocumentProperties().setProperty('fyStart', '4');
    PropertiesService.getUserProperties().setProperty('fyStart', '7');
    expect(PropertiesService.getDocumentProperties().getProperty('fyStart')).toBe('4');
    expect(PropertiesService.getUserProperties().getProperty('fyStart')).toBe('7');
    expect(PropertiesService.getScriptProperties().getProperty('fyStart')).toBeNull();
  });

  it('stores values as strings', () => {
    const { PropertiesService } = services();
    const store = PropertiesService.getDocumentProperties();
    store.setProperties({ month: 4 as unknown as string, on: true as unknown as string });
    expect(store.getProperties()).toEqual({ month: '4', on: 'true' });
    expect(store.getKeys().sort()).toEqual(['month', 'on']);
  });

  it('deletes one property or all of them', () => {
    const { PropertiesService } = services();
    const store = PropertiesService.getScriptProperties().setProperty('a', '1').setProperty('b', '2');
    store.deleteProperty('a');
    expect(store.getProperties()).toEqual({ b: '2' });
    store.deleteAllProperties();
    expect(store.getKeys()).toEqual([]);
  });

  it('refuses a value over 9 KB counted in UTF-8 bytes', () => {
    const store = services().PropertiesService.getDocumentProperties();
    expect(() => store.setProperty('ok', 'x'.repeat(9216))).not.toThrow();
    expect(() => store.setProperty('big', 'é'.repeat(4609))).toThrow('Argument too large: value');
    expect(store.getProperty('big')).toBeNull();
  });

  it('refuses to grow a store past 500 KB', () => {
    const store = services().PropertiesService.getUserProperties();
    const nineKb = 'x'.repeat(9216);
    for (let i = 0; i < 55; i++) store.setProperty(`k${i}`, nineKb);
    expect(() => store.setProperty('k55', nineKb)).toThrow('property storage quota');
    expect(store.getKeys()).toHaveLength(55);
  });
});
