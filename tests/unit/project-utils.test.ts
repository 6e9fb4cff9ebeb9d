import { describe, expect, it } from 'vitest';
import { projectPageUrl } from '../../src/features/project/utils/page-url';
import { LAPOR_URL, reportText, whatsAppUrl } from '../../src/features/project/utils/report-links';
import { qrMatrix } from '../../src/features/project/utils/qr-matrix';
import { contractToHps } from '../../src/features/project/utils/contract-ratio';
import { documentTypeLabel } from '../../src/features/project/utils/document-types';

describe('project page address', () => {
  it('uses the configured public site, else the app root, and escapes the id', () => {
    expect(projectPageUrl('oc4ids-1', 'https://pantau.example', 'http://localhost/')).toBe(
      'https://pantau.example/proyek/oc4ids-1',
    );
    expect(projectPageUrl('a b/c', undefined, 'http://localhost:4173/sub/')).toBe(
      'http://localhost:4173/sub/proyek/a%20b%2Fc',
    );
    expect(projectPageUrl('x', '  ', 'http://h/app')).toBe('http://h/app/proyek/x');
  });
});

describe('Laporkan links', () => {
  const subject = { id: 'oc4ids-1', title: 'Jalan "A" & B #1', url: 'https://p.example/proyek/oc4ids-1' };
  it('carries name, id and link through WhatsApp intact', () => {
    const text = reportText(subject, 'id');
    const url = new URL(whatsAppUrl(text));
    expect(url.origin + url.pathname).toBe('https://wa.me/');
    expect(url.searchParams.get('text')).toBe(text);
    for (const part of [subject.title, subject.id, subject.url]) expect(text).toContain(part);
  });
  it('sends reports to SP4N-LAPOR! over https', () => {
    expect(LAPOR_URL).toBe('https://www.lapor.go.id/');
  });
});

describe('QR matrix', () => {
  it('is deterministic and draws the three finder patterns', () => {
    const { size, path } = qrMatrix('https://pantaubangun.example/proyek/oc4ids-pb-2023-0001');
    expect(qrMatrix('https://pantaubangun.example/proyek/oc4ids-pb-2023-0001').path).toBe(path);
    expect((size - 17) % 4).toBe(0); // QR versions are 21, 25, 29, … modules wide
    // The top row of each finder is a run of 7 dark modules.
    expect(path).toContain('M0 0h7v1h-7z');
    expect(path).toContain(`M${size - 7} 0h7v1h-7z`);
    expect(path).toContain(`M0 ${size - 1}h7v1h-7z`);
  });
  it('differs for different text', () => {
    expect(qrMatrix('a').path).not.toBe(qrMatrix('b').path);
  });
});

describe('signboard helpers', () => {
  it('gives the contract value as % of HPS only when both exist', () => {
    expect(contractToHps(900, 1000)).toBe(90);
    expect(contractToHps(900, undefined)).toBeUndefined();
    expect(contractToHps(900, 0)).toBeUndefined();
  });
  it('names document types in both languages and keeps unknown codes', () => {
    expect(documentTypeLabel('contractSigned', 'id')).toBe('Kontrak');
    expect(documentTypeLabel('contractSigned', 'en')).toBe('Signed contract');
    expect(documentTypeLabel('x_lain', 'id')).toBe('x_lain');
    expect(documentTypeLabel(undefined, 'id')).toBe('Dokumen');
  });
});
