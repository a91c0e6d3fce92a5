/** Reading a packed .docx back in tests: unzip with jszip, parse parts with a strict XML 1.0 parser. */
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import type { BuiltDocument } from '../../electron/documents/parts/official-document';
import { packDocument } from '../../electron/documents/pack';

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Character data directly inside this element. */
  text: string;
}

/** Parses strictly (saxes rejects characters XML 1.0 forbids), throwing on any well-formedness error. */
export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  const parser = new SaxesParser({ xmlns: false });
  let failure: Error | undefined;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('opentag', (tag) => {
    const node: XmlNode = { name: tag.name, attrs: { ...tag.attributes }, children: [], text: '' };
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (t) => {
    stack[stack.length - 1]!.text += t;
  });
  parser.write(xml).close();
  if (failure) throw failure;
  const top = root.children[0];
  if (!top) throw new Error('empty XML');
  return top;
}

export function findAll(node: XmlNode, name: string, out: XmlNode[] = []): XmlNode[] {
  for (const c of node.children) {
    if (c.name === name) out.push(c);
    findAll(c, name, out);
  }
  return out;
}

export const child = (node: XmlNode, name: string): XmlNode | undefined => node.children.find((c) => c.name === name);

/** The text a paragraph (or any element) shows: its w:t runs joined. */
export const textOf = (node: XmlNode): string =>
  findAll(node, 'w:t')
    .map((t) => t.text)
    .join('');

export const styleOf = (p: XmlNode): string | undefined => {
  const pPr = child(p, 'w:pPr');
  return pPr ? child(pPr, 'w:pStyle')?.attrs['w:val'] : undefined;
};

export interface Unpacked {
  zip: JSZip;
  buffer: Buffer;
  documentXml: string;
  document: XmlNode;
  body: XmlNode;
  part: (path: string) => Promise<string>;
}

export async function unpack(doc: BuiltDocument): Promise<Unpacked> {
  return unpackBuffer(await packDocument(doc));
}

/** Opens .docx bytes (e.g. what a service returned) for checks on its XML. */
export async function unpackBuffer(buffer: Buffer): Promise<Unpacked> {
  const zip = await JSZip.loadAsync(buffer);
  const part = async (path: string): Promise<string> => {
    const f = zip.file(path);
    if (!f) throw new Error(`missing part ${path}`);
    return f.async('string');
  };
  const documentXml = await part('word/document.xml');
  const document = parseXml(documentXml);
  const body = child(document, 'w:body');
  if (!body) throw new Error('no w:body');
  return { zip, buffer, documentXml, document, body, part };
}

/** Top-level paragraphs of the body, grouped by the section they belong to (a w:sectPr in a w:pPr ends one). */
export function sectionsOf(body: XmlNode): { blocks: XmlNode[]; sectPr: XmlNode }[] {
  const out: { blocks: XmlNode[]; sectPr: XmlNode }[] = [];
  let blocks: XmlNode[] = [];
  for (const c of body.children) {
    if (c.name === 'w:sectPr') {
      out.push({ blocks, sectPr: c });
      blocks = [];
      continue;
    }
    blocks.push(c);
    const inner = c.name === 'w:p' ? child(c, 'w:pPr') : undefined;
    const sectPr = inner ? child(inner, 'w:sectPr') : undefined;
    if (sectPr) {
      out.push({ blocks, sectPr });
      blocks = [];
    }
  }
  return out;
}
