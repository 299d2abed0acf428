/**
 * Finds the account objects that survived in a settings file cut off mid-write (crash, full disk,
 * USB stick pulled): every complete object directly inside the top-level object's arrays.
 * A string-aware bracket scan, so braces inside values do not confuse it; returns parsed objects,
 * each still to be validated by the caller.
 */
export function salvageAccountObjects(text: string): unknown[] {
  const found: unknown[] = [];
  const stack: string[] = [];
  let inString = false;
  let escaped = false;
  let candidateStart = -1;

  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') {
      inString = true;
    } else if (char === '{' || char === '[') {
      // An object opened directly inside an array of the root object is an account candidate.
      if (char === '{' && stack.length === 2 && stack[0] === '{' && stack[1] === '[') candidateStart = index;
      stack.push(char);
    } else if (char === '}' || char === ']') {
      stack.pop();
      if (char === '}' && stack.length === 2 && candidateStart >= 0) {
        try {
          found.push(JSON.parse(text.slice(candidateStart, index + 1)));
        } catch {
          // A damaged object is simply not recovered.
        }
        candidateStart = -1;
      }
    }
  }
  return found;
}
