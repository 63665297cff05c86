import { describe, expect, it } from 'vitest';
import { chartRoot, DropError, filesFromFileList, FOLDER_LIMITS, isArchiveName } from './readDropped';

function file(path: string, text = 'x'): File {
  const f = new File([text], path.split('/').pop() ?? path);
  Object.defineProperty(f, 'webkitRelativePath', { value: path });
  return f;
}

describe('chartRoot', () => {
  it('is the shallowest folder holding Chart.yaml (a subchart inside charts/ is not the root)', () => {
    expect(chartRoot(['greeter/Chart.yaml', 'greeter/charts/sub/Chart.yaml', 'greeter/values.yaml'])).toBe('greeter/');
    expect(chartRoot(['Chart.yaml', 'templates/a.yaml'])).toBe('');
  });

  it('says what is missing when nothing dropped is a chart', () => {
    expect(() => chartRoot(['README.md'])).toThrow(DropError);
    expect(() => chartRoot(['README.md'])).toThrow(/No Chart\.yaml/);
  });
});

describe('filesFromFileList', () => {
  it('keeps the chart folder only, with paths relative to it', async () => {
    const files = await filesFromFileList([file('work/greeter/Chart.yaml', 'name: greeter'), file('work/greeter/templates/a.yaml'), file('work/notes.txt')]);
    expect([...files.keys()].sort()).toEqual(['Chart.yaml', 'templates/a.yaml']);
    expect(new TextDecoder().decode(files.get('Chart.yaml'))).toBe('name: greeter');
  });

  it('refuses a drop far larger than a chart before reading it', async () => {
    const many = Array.from({ length: FOLDER_LIMITS.maxFiles + 1 }, (_, i) => file(`home/f${i}`));
    await expect(filesFromFileList(many)).rejects.toThrow(/more than 5000 files/);
  });
});

describe('isArchiveName', () => {
  it('knows packaged charts by their names', () => {
    expect(isArchiveName('greeter-0.3.0.tgz')).toBe(true);
    expect(isArchiveName('x.TAR.GZ')).toBe(true);
    expect(isArchiveName('values.yaml')).toBe(false);
  });
});
