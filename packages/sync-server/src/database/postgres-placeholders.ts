const translated = new Map<string, string>();

/**
 * Turns `?` placeholders into Postgres's `$1, $2, …`, leaving `?` inside quoted strings, quoted
 * identifiers and comments alone. Statements are few and repeated, so translations are cached.
 */
export function numberPlaceholders(sql: string): string {
  const cached = translated.get(sql);
  if (cached !== undefined) return cached;
  let result = '';
  let count = 0;
  let index = 0;
  while (index < sql.length) {
    const char = sql[index]!;
    const skipTo = skipQuotedOrComment(sql, index);
    if (skipTo > index) {
      result += sql.slice(index, skipTo);
      index = skipTo;
    } else {
      result += char === '?' ? `$${++count}` : char;
      index += 1;
    }
  }
  translated.set(sql, result);
  return result;
}

/** Where the quoted string, quoted identifier or comment starting at `index` ends (or `index` if none). */
function skipQuotedOrComment(sql: string, index: number): number {
  const char = sql[index];
  if (char === "'" || char === '"') {
    let end = index + 1;
    while (end < sql.length) {
      if (sql[end] === char) {
        if (sql[end + 1] === char)
          end += 2; // a doubled quote is an escaped quote
        else return end + 1;
      } else end += 1;
    }
    return sql.length;
  }
  if (char === '-' && sql[index + 1] === '-') {
    const end = sql.indexOf('\n', index);
    return end === -1 ? sql.length : end;
  }
  if (char === '/' && sql[index + 1] === '*') {
    const end = sql.indexOf('*/', index + 2);
    return end === -1 ? sql.length : end + 2;
  }
  return index;
}
