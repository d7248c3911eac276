/** The name a downloaded template file gets: its title as a slug, so colleagues recognise it. */
export function templateFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'template'}.interlude-template.json`;
}
