/** Non-empty trimmed lines of a text box: how option and item lists are typed in the diary settings. */
export function nonEmptyLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
