// Links from a problem to the README section it cites.

/** The anchor GitHub gives a Markdown heading: lower case, punctuation dropped, spaces to hyphens. */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The docs page with the section's anchor; undefined when the chart names no docs page. */
export function docSectionUrl(docsUrl: string, section: string): string | undefined {
  if (!/^https?:\/\//i.test(docsUrl)) return undefined;
  const page = docsUrl.split('#')[0];
  const anchor = headingAnchor(section);
  return anchor === '' ? page : `${page}#${anchor}`;
}
