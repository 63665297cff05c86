// The registry's chart order, read from the text of src/charts/index.ts: the folders whose modules
// its `charts` array lists, in that order. The UI reads it this way so it never imports the registry
// (which would load every chart with the first page).

export function registryOrder(source: string): string[] {
  const folderOf = new Map<string, string>();
  for (const m of source.matchAll(/import\s*\{\s*([\w$]+)\s*\}\s*from\s*['"]\.\/([\w.-]+)(?:\/index(?:\.ts)?)?['"]/g)) folderOf.set(m[1], m[2]);
  const list = /export\s+const\s+charts\b[^=]*=\s*\[([\s\S]*?)\]\s*;/.exec(source)?.[1] ?? '';
  const folders: string[] = [];
  for (const [name] of list.matchAll(/[A-Za-z_$][\w$]*/g)) {
    const folder = folderOf.get(name);
    if (folder && !folders.includes(folder)) folders.push(folder);
  }
  return folders;
}
