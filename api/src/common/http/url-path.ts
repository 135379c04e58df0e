// The path of a request's URL: what the hooks that act on some paths only (create-app.ts) test, as Express's req.path.

/** The path of a request's URL, without its query. */
export function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}
