import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { pdfFileName, renderPdf, savePageAsPdf } from '../../electron/print-page';

vi.mock('electron', () => ({}));

describe('save page as PDF', () => {
  it('renders the page and writes it where the user chose', async () => {
    const pdf = Buffer.from('%PDF-1.7');
    const deps = {
      chooseFile: vi.fn(() => Promise.resolve('/home/u/prum.pdf')),
      render: vi.fn(() => Promise.resolve(pdf)),
      write: vi.fn(() => Promise.resolve()),
    };
    expect(await savePageAsPdf('Prüm Decision', deps)).toEqual({ path: '/home/u/prum.pdf' });
    expect(deps.chooseFile).toHaveBeenCalledWith('Prüm Decision.pdf');
    expect(deps.write).toHaveBeenCalledWith('/home/u/prum.pdf', pdf);
  });

  it('renders nothing when the user cancels', async () => {
    const deps = { chooseFile: vi.fn(() => Promise.resolve(null)), render: vi.fn(), write: vi.fn() };
    expect(await savePageAsPdf('x', deps)).toEqual({ path: null });
    expect(deps.render).not.toHaveBeenCalled();
    expect(deps.write).not.toHaveBeenCalled();
  });

  it('passes a failed write on to the caller', async () => {
    const deps = {
      chooseFile: () => Promise.resolve('/ro/x.pdf'),
      render: () => Promise.resolve(Buffer.alloc(1)),
      write: () => Promise.reject(new Error('EACCES')),
    };
    await expect(savePageAsPdf('x', deps)).rejects.toThrow('EACCES');
  });

  it('makes a file name every platform accepts', () => {
    expect(pdfFileName('Directive (EU) 2023/977: information exchange')).toBe(
      'Directive (EU) 2023 977 information exchange.pdf',
    );
    expect(pdfFileName('a\u0000b<>|?*"c')).toBe('a b c.pdf');
    expect(pdfFileName('///')).toBe('EU Police Cooperation Reference.pdf');
    expect(pdfFileName('x'.repeat(300))).toHaveLength(124);
  });

  it("lets the page's @page rule choose the paper and asks Chromium for an outline, so a briefing pack prints as laid out", async () => {
    const printToPDF = vi.fn(() => Promise.resolve(Buffer.from('%PDF-1.7')));
    await renderPdf({ printToPDF } as unknown as WebContents);
    expect(printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', preferCSSPageSize: true, generateDocumentOutline: true }),
    );
  });
});
