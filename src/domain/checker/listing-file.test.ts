import { describe, expect, it } from 'vitest';
import { parseCsvListings, parseJsonListings, parseListingFile } from './listing-file';

describe('CSV listings', () => {
  it('reads quoted fields with commas, quotes and line breaks, and authorised brands split by ";"', () => {
    const csv =
      'id,title,description,brand,category,authorizedBrands\r\nl1,"Mug, large","Says ""hello""\nand more",,home-kitchen,Anker; Baseus\n';
    const parsed = parseCsvListings(csv);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([
      {
        line: 2,
        listing: {
          id: 'l1',
          title: 'Mug, large',
          description: 'Says "hello"\nand more',
          brand: null,
          category: 'home-kitchen',
          authorizedBrands: ['Anker', 'Baseus'],
        },
      },
    ]);
  });

  it('reports bad rows by the line they start on and keeps the good ones', () => {
    const csv = [
      'id,title,description',
      'a,"Two\nlines",x',
      'b,,no title',
      'c,Fine,ok',
      'd,too,many,fields',
    ].join('\n');
    const parsed = parseCsvListings(csv);
    expect(parsed.rows.map((r) => [r.line, r.listing.id])).toEqual([
      [2, 'a'],
      [5, 'c'],
    ]);
    expect(parsed.errors).toEqual([
      { line: 4, message: 'Listing b has no title.' },
      { line: 6, message: 'Expected 3 fields, found 4.' },
    ]);
  });

  it('refuses a file whose quote never closes, naming the line it opened on', () => {
    expect(parseCsvListings('id,title\n1,ok\n2,"open\n3,x').fatal).toEqual({
      line: 3,
      message: 'A quoted field is never closed.',
    });
  });

  it('needs id and title columns', () => {
    expect(parseCsvListings('name,text\nx,y').fatal?.message).toMatch(/id and title/);
  });
});

describe('JSON listings', () => {
  it('reads an array and reports bad items by line', () => {
    const json =
      '[\n  {"id": "a", "title": "Mug"},\n  {"id": "b"},\n  "oops",\n  {"id": 7, "title": "Cup", "authorizedBrands": ["Anker"]}\n]';
    const parsed = parseJsonListings(json);
    expect(parsed.rows.map((r) => [r.line, r.listing.id, r.listing.authorizedBrands])).toEqual([
      [2, 'a', []],
      [5, '7', ['Anker']],
    ]);
    expect(parsed.errors).toEqual([
      { line: 3, message: 'Listing b has no title.' },
      { line: 4, message: 'Item 3 is not an object.' },
    ]);
  });

  it('names the line of broken JSON', () => {
    const parsed = parseJsonListings('[\n{"id": "a", "title": "x"},\n{"id": "b" "title": "y"}\n]');
    expect(parsed.fatal?.line).toBe(3);
    expect(parseJsonListings('[{"id": "a",\n').fatal?.line).toBe(1);
    expect(parseJsonListings('{"id": "a"}').fatal?.message).toBe('Expected a JSON array of listings.');
  });

  it('tells JSON from CSV by name, then by content', () => {
    expect(parseListingFile('x.txt', '[{"id":"a","title":"t"}]').rows).toHaveLength(1);
    expect(parseListingFile('x.csv', 'id,title\na,t').rows).toHaveLength(1);
  });
});
